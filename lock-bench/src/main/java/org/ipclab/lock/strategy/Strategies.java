package org.ipclab.lock.strategy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The {@code strategy=} names, as written in params, and the counter each one makes. */
public final class Strategies {
    /** The racy baseline: the only strategy allowed (and expected) to lose updates. */
    public static final String NONE = "none";
    /** Strategies across processes; they live in the cross-process cases, not in this registry. */
    public static final List<String> CROSS_PROCESS = List.of("file-lock", "shm-cas");

    /** What the harness must know of a strategy beyond its counter, stated where it is registered. */
    private enum Trait {
        /** Burns a CPU per waiter: the harness warns when spinners outnumber the CPUs. */
        SPINS,
        /**
         * Only adds: increments have no single order to read back ({@link CounterStrategy#NO_ORDER}) and
         * there is no read-modify-write, so it can't guard the ticket office.
         */
        ADDS_ONLY
    }

    private record Entry(Supplier<CounterStrategy> maker, Set<Trait> traits) {
    }

    private static final Map<String, Entry> IN_PROCESS = new LinkedHashMap<>();

    static {
        register(NONE, UnguardedCounter::new);
        register("synchronized", SynchronizedCounter::new);
        register("reentrant", () -> new ReentrantLockCounter(false));
        register("reentrant-fair", () -> new ReentrantLockCounter(true));
        register("rwlock", ReadWriteLockCounter::new);
        register("stamped", StampedLockCounter::new);
        register("stamped-optimistic", OptimisticStampedCounter::new);
        register("semaphore", SemaphoreCounter::new);
        register("tas", TestAndSetSpinCounter::new, Trait.SPINS);
        register("ttas", TestTestAndSetSpinCounter::new, Trait.SPINS);
        register("cas", CompareAndSetCounter::new);
        register("atomic", AtomicIncrementCounter::new);
        register("adder", StripedAdderCounter::new, Trait.ADDS_ONLY);
    }

    private Strategies() {
    }

    private static void register(String name, Supplier<CounterStrategy> maker, Trait... traits) {
        IN_PROCESS.put(name, new Entry(maker, traits.length == 0 ? Set.of() : EnumSet.copyOf(List.of(traits))));
    }

    /** Every in-process strategy name, racy baseline first. */
    public static List<String> names() {
        return List.copyOf(IN_PROCESS.keySet());
    }

    /** The strategies that must lose nothing. */
    public static List<String> safeNames() {
        return names().stream().filter(n -> !NONE.equals(n)).toList();
    }

    /** The strategies that can run any update as one critical section (the ticket office needs one). */
    public static List<String> readModifyWriteNames() {
        return names().stream().filter(Strategies::ordered).toList();
    }

    /** Spin locks burn a CPU per waiter: the harness warns when they outnumber the CPUs. */
    public static boolean spins(String name) {
        return entry(name).traits().contains(Trait.SPINS);
    }

    /** Whether increments have one order to read back (see {@link CounterStrategy#NO_ORDER}): all but adder. */
    public static boolean ordered(String name) {
        return !entry(name).traits().contains(Trait.ADDS_ONLY);
    }

    /** The name, when it is an in-process strategy; a bad name fails with a message listing the valid ones. */
    public static String known(String name) {
        entry(name);
        return name;
    }

    /** Makes a fresh counter; the message of a bad name lists the valid ones. */
    public static CounterStrategy create(String name) {
        return entry(name).maker().get();
    }

    private static Entry entry(String name) {
        Entry entry = IN_PROCESS.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "' (valid: "
                    + String.join(", ", names()) + ", and across processes: " + String.join(", ", CROSS_PROCESS) + ")");
        }
        return entry;
    }
}
