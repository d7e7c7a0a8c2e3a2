package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipclab.core.BenchCase;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.queue.transport.ProcessTransport;
import org.ipclab.queue.transport.Transport;
import org.ipclab.queue.transport.Transports;
import org.junit.jupiter.api.Test;

class QueueCasesTest {
    private final QueueCases provider = new QueueCases();

    /** Agrona 2 (jvm-agrona-1to1, Aeron) needs jdk.internal.misc, Chronicle its opens: the module's JVMs get them. */
    @Test
    void shouldGiveTheModulesJvmsTheirLibrariesAccessToJdkInternals() {
        assertTrue(provider.jvmFlags().contains("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"), provider.jvmFlags().toString());
        assertTrue(provider.jvmFlags().contains("--add-opens=java.base/java.lang=ALL-UNNAMED"), provider.jvmFlags().toString());
        assertTrue(provider.jvmFlags().stream().noneMatch(f -> f.startsWith("#") || f.isBlank()), "comments are not flags");
    }

    @Test
    void shouldRunEveryProcessChannelExactlyOnceInSmoke() {
        List<BenchCase> smoke = provider.cases(Suite.SMOKE);
        for (Transport t : Transports.all().stream().filter(t -> t instanceof ProcessTransport).toList()) {
            assertEquals(1, smoke.stream().filter(c -> c.spec().name().equals("rtt")
                    && c.spec().params().get("transport").equals(t.label())).count(), t.label());
        }
        assertTrue(smoke.stream().anyMatch(c -> c.spec().name().equals("throughput")));
        assertTrue(smoke.stream().anyMatch(c -> c.spec().name().equals("fixed-rate")));
    }

    /**
     * Smoke is short by what it holds, not by what its cases say of themselves: fewer cases than
     * quick, and no case that quick also runs is given longer in smoke.
     */
    @Test
    void shouldKeepSmokeTheSmallestSuite() {
        List<BenchCase> smoke = provider.cases(Suite.SMOKE);
        List<BenchCase> quick = provider.cases(Suite.QUICK);
        assertTrue(smoke.size() < quick.size(), smoke.size() + " smoke cases, " + quick.size() + " quick");
        Map<String, Duration> quickTimes = new HashMap<>();
        quick.forEach(c -> quickTimes.put(c.spec().key(), c.expected()));
        for (BenchCase c : smoke) {
            Duration inQuick = quickTimes.get(c.spec().key());
            assertTrue(inQuick == null || c.expected().compareTo(inQuick) <= 0, c.spec().key());
        }
    }

    /** Chronicle's and Aeron's cases share an archive of their own classes; every other case the module's. */
    @Test
    void shouldGiveTheLargeLibrariesTheirOwnClassSet() {
        Map<String, Set<String>> setsByTransport = new HashMap<>();
        for (BenchCase c : provider.cases(Suite.QUICK)) {
            setsByTransport.computeIfAbsent(c.spec().params().get("transport"), t -> new HashSet<>()).add(c.classSet());
        }
        assertEquals(Set.of("queue-chronicle"), setsByTransport.get("chronicle"));
        assertEquals(Set.of("queue-aeron"), setsByTransport.get("aeron"));
        assertEquals(Set.of("queue"), setsByTransport.get("pipe"));
        assertEquals(Set.of("queue"), setsByTransport.get("jvm-disruptor"));
    }

    @Test
    void shouldGiveEveryCaseOfASuiteItsOwnKey() {
        for (Suite suite : Suite.values()) {
            Set<String> keys = new HashSet<>();
            for (BenchCase c : provider.cases(suite)) {
                assertTrue(keys.add(c.spec().key()), "duplicate " + c.spec().key());
                assertEquals("queue", c.spec().module());
            }
        }
    }

    @Test
    void shouldRefuseStreamingOverTheSharedLineAndAFixedRateWithoutARate() {
        assertThrows(IllegalArgumentException.class, () -> new ThroughputCase(Suite.SMOKE,
                ChannelKnobs.of(Transports.named("shm"), 64)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FixedRateCase(Suite.SMOKE,
                ChannelKnobs.of(Transports.named("jvm-sq"), 64).withRate(1000)));
        assertTrue(e.getMessage().contains("jvm-abq") && !e.getMessage().contains("jvm-sq,"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FixedRateCase(Suite.SMOKE,
                ChannelKnobs.of(Transports.named("mmap"), 64)));
    }
}
