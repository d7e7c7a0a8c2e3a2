package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ipclab.core.BenchCase;
import org.ipclab.core.Suite;
import org.junit.jupiter.api.Test;

class PeerHostCasesTest {
    private static final String HOST = "10.231.2.2";

    @Test
    void shouldFileEveryTcpCasesPeerTwinRightAfterIt() {
        for (Suite suite : Suite.values()) {
            List<BenchCase> base = new QueueCases().cases(suite);
            List<BenchCase> all = PeerHostCases.add(suite, base, HOST);
            Set<String> keys = new HashSet<>();
            all.forEach(c -> assertTrue(keys.add(c.spec().key()), "duplicate " + c.spec().key()));
            for (int i = 0; i < all.size(); i++) {
                BenchCase c = all.get(i);
                String peer = c.spec().params().get("peer", null);
                if (peer == null) {
                    continue;
                }
                assertEquals(HOST, peer);
                BenchCase loopback = all.get(i - 1);
                assertEquals(c.spec().name(), loopback.spec().name());
                assertEquals(c.spec().params(), loopback.spec().params().with("peer", HOST));
                assertFalse(c.placeable(), "no peer process of this host to place: " + c.spec().key());
            }
            long twins = all.stream().filter(c -> c.spec().params().get("peer", null) != null).count();
            long tcp = all.stream().filter(c -> c.spec().params().get("transport").equals("tcp")).count();
            assertEquals(tcp, 2 * twins, suite + ": every tcp case has its twin");
        }
    }

    @Test
    void shouldMeasureRoundTripThroughputAndFixedRateBothWaysInEverySuite() {
        for (Suite suite : Suite.values()) {
            List<BenchCase> all = PeerHostCases.add(suite, new QueueCases().cases(suite), HOST);
            for (String name : List.of("rtt", "throughput", "fixed-rate")) {
                assertTrue(all.stream().anyMatch(c -> c.spec().name().equals(name)
                        && HOST.equals(c.spec().params().get("peer", null))), suite + " " + name);
            }
        }
    }

}
