package org.ipclab.lock;

import org.ipclab.core.Params;
import org.ipclab.lock.strategy.Strategies;

/** Reads and checks the module's params; a bad value fails with a message naming the valid ones. */
public final class LockParams {
    private LockParams() {
    }

    public static String strategy(Params params) {
        String name = params.get("strategy");
        if (!Strategies.CROSS_PROCESS.contains(name)) {
            Strategies.create(name);
        }
        return name;
    }

    public static int threads(Params params) {
        return atLeast(params, "threads", 1);
    }

    /** {@code work=} tokens; absent means none. */
    public static int work(Params params) {
        return params.asMap().containsKey("work") ? atLeast(params, "work", 0) : 0;
    }

    public static int atLeast(Params params, String key, int min) {
        String text = params.get(key);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + text + " is not a whole number (valid: " + min + " or more)");
        }
        if (value < min) {
            throw new IllegalArgumentException(key + "=" + value + " is out of range (valid: " + min + " or more)");
        }
        return value;
    }

    /** The oversubscription warning for {@code threads} runnable threads, or null when they fit. */
    public static String oversubscribed(int threads) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return threads > cpus ? threads + " threads on " + cpus + " CPUs: oversubscribed, the scheduler is in the numbers"
                : null;
    }
}
