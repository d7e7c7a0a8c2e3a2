package org.ipclab.lock.summary;

import java.util.Locale;
import org.ipclab.core.run.Format;

/** Number formats shared by the lock module's end-of-run views. */
final class Figures {
    private Figures() {
    }

    /** Whole counts with thousands separators: {@code 200,000}. */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** Small means keep one decimal ({@code 1.3}), large ones are whole counts. */
    static String mean(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : count(value);
    }

    static String nsPerOp(double opsPerSecond) {
        double ns = 1e9 / opsPerSecond;
        return String.format(Locale.ROOT, ns < 100 ? "%.1f ns/op" : "%,.0f ns/op", ns);
    }

    /** How many times {@code slower} is slower than {@code faster}: {@code 3.25×} or {@code 140×}. */
    static String times(double faster, double slower) {
        return Format.times(faster / slower);
    }
}
