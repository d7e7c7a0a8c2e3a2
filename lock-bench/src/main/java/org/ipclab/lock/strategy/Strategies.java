package org.ipclab.lock.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code strategy=} names, as written in params, and the counter each one makes. */
public final class Strategies {
    /** The racy baseline: the only strategy allowed (and expected) to lose updates. */
    public static final String NONE = "none";
    /** Strategies across processes; they live in the cross-process cases, not in this registry. */
    public static final List<String> CROSS_PROCESS = List.of("file-lock", "shm-cas");

    private static final Map<String, Supplier<CounterStrategy>> IN_PROCESS = new LinkedHashMap<>();

    static {
        IN_PROCESS.put(NONE, UnguardedCounter::new);
        IN_PROCESS.put("synchronized", SynchronizedCounter::new);
        IN_PROCESS.put("reentrant", () -> new ReentrantLockCounter(false));
        IN_PROCESS.put("reentrant-fair", () -> new ReentrantLockCounter(true));
        IN_PROCESS.put("rwlock", ReadWriteLockCounter::new);
        IN_PROCESS.put("stamped", StampedLockCounter::new);
        IN_PROCESS.put("stamped-optimistic", OptimisticStampedCounter::new);
        IN_PROCESS.put("semaphore", SemaphoreCounter::new);
        IN_PROCESS.put("tas", TestAndSetSpinCounter::new);
        IN_PROCESS.put("ttas", TestTestAndSetSpinCounter::new);
        IN_PROCESS.put("cas", CompareAndSetCounter::new);
        IN_PROCESS.put("atomic", AtomicIncrementCounter::new);
        IN_PROCESS.put("adder", StripedAdderCounter::new);
    }

    private Strategies() {
    }

    /** Every in-process strategy name, racy baseline first. */
    public static List<String> names() {
        return List.copyOf(IN_PROCESS.keySet());
    }

    /** The strategies that must lose nothing. */
    public static List<String> safeNames() {
        return names().stream().filter(n -> !NONE.equals(n)).toList();
    }

    /** Spin locks burn a CPU per waiter: the harness warns when they outnumber the CPUs. */
    public static boolean spins(String name) {
        return name.equals("tas") || name.equals("ttas");
    }

    /** Whether increments have one order to read back (see {@link CounterStrategy#NO_ORDER}): all but adder. */
    public static boolean ordered(String name) {
        return !name.equals("adder");
    }

    /** Makes a fresh counter; the message of a bad name lists the valid ones. */
    public static CounterStrategy create(String name) {
        Supplier<CounterStrategy> maker = IN_PROCESS.get(name);
        if (maker == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "' (valid: "
                    + String.join(", ", names()) + ", and across processes: " + String.join(", ", CROSS_PROCESS) + ")");
        }
        return maker.get();
    }
}
