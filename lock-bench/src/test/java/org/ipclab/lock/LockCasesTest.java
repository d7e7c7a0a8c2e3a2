package org.ipclab.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.Suite;
import org.ipclab.core.profile.ProfileTarget;
import org.junit.jupiter.api.Test;

class LockCasesTest {

    private static CaseProvider provider() {
        return ServiceLoader.load(CaseProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.module().equals("lock")).findFirst().orElseThrow();
    }

    @Test
    void shouldBeFoundAsTheLockModule() {
        assertEquals(LockCases.class, provider().getClass());
    }

    /** The JMH cases share an archive with JMH's classes; the module's other cases one without them. */
    @Test
    void shouldArchiveJmhClassesForTheJmhCasesAlone() {
        for (BenchCase c : provider().cases(Suite.QUICK)) {
            boolean jmh = c.profileTarget() == ProfileTarget.JMH_FORKS;
            assertEquals(jmh ? "lock-jmh" : "lock", c.classSet(), c.spec().key());
        }
    }

    @Test
    void shouldPutTheEverydayLocksAtOneAndTwoThreadsInSmoke() {
        List<String> keys = provider().cases(Suite.SMOKE).stream().map(c -> c.spec().key()).toList();
        for (String key : List.of("lock/counter/strategy=synchronized;threads=1;work=0",
                "lock/counter/strategy=synchronized;threads=2;work=0",
                "lock/counter/strategy=reentrant;threads=1;work=0",
                "lock/counter/strategy=reentrant;threads=2;work=0")) {
            assertTrue(keys.contains(key), key + " missing from " + keys);
        }
    }

    @Test
    void shouldSweepThreadsForTheMainStrategiesAndWorkForAFewInQuick() {
        List<String> keys = provider().cases(Suite.QUICK).stream().map(c -> c.spec().key()).toList();
        for (String strategy : List.of("synchronized", "reentrant", "atomic")) {
            for (int threads : List.of(1, 2)) {
                String key = "lock/counter/strategy=" + strategy + ";threads=" + threads + ";work=0";
                assertTrue(keys.contains(key), key + " missing from " + keys);
            }
        }
        assertTrue(keys.contains("lock/counter/strategy=synchronized;threads=4;work=0"), "oversubscribed: " + keys);
        assertTrue(keys.contains("lock/counter/strategy=cas;threads=2;work=100"), keys.toString());
    }

    @Test
    void shouldGiveEveryCaseAUniqueIdInEverySuite() {
        for (Suite suite : Suite.values()) {
            List<BenchCase> cases = provider().cases(suite);
            assertEquals(cases.size(), cases.stream().map(c -> c.spec().id()).distinct().count(), suite.label());
        }
    }

    /**
     * Smoke is short by what it holds, not by what its cases say of themselves: fewer cases than
     * quick, and no case that quick also runs is given longer in smoke.
     */
    @Test
    void shouldKeepSmokeTheSmallestSuite() {
        List<BenchCase> smoke = provider().cases(Suite.SMOKE);
        List<BenchCase> quick = provider().cases(Suite.QUICK);
        assertTrue(smoke.size() < quick.size(), smoke.size() + " smoke cases, " + quick.size() + " quick");
        Map<String, Duration> quickTimes = new HashMap<>();
        quick.forEach(c -> quickTimes.put(c.spec().key(), c.expected()));
        for (BenchCase c : smoke) {
            Duration inQuick = quickTimes.get(c.spec().key());
            assertTrue(inQuick == null || c.expected().compareTo(inQuick) <= 0, c.spec().key());
        }
    }
}
