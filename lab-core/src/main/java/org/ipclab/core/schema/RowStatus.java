package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import org.ipclab.core.FailureReason;

/**
 * How a row, a fork or a case ended: {@code ok}, {@code over-capacity}, {@code failed:<reason>} or
 * {@code skipped:<reason>}, written as {@link #toString()}.
 *
 * @param reason null for ok and over-capacity; never holds a comma, quote or line break (summary.csv quotes nothing)
 */
public record RowStatus(Kind kind, String reason) implements Serializable {
    public static final RowStatus OK = new RowStatus(Kind.OK, null);
    /**
     * A finding, not a failure: the channel could not carry the rate asked of it. The row holds the
     * rate it achieved ({@code msgs/s}) and no latency, since a saturated queue's wait is not a latency.
     */
    public static final RowStatus OVER_CAPACITY = new RowStatus(Kind.OVER_CAPACITY, null);

    public enum Kind {
        OK("ok"), OVER_CAPACITY("over-capacity"), FAILED("failed"), SKIPPED("skipped");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        boolean hasReason() {
            return this == FAILED || this == SKIPPED;
        }
    }

    public RowStatus {
        if (kind.hasReason() != (reason != null)) {
            throw new IllegalArgumentException(kind.word + (kind.hasReason() ? " needs" : " takes no") + " reason");
        }
        if (reason != null && (reason.isEmpty() || reason.matches("(?s).*[,\"\\r\\n].*"))) {
            throw new IllegalArgumentException("a status reason must be non-empty, with no comma, quote or line break: "
                    + reason);
        }
    }

    /** {@code failed:<reason>}, the reason made one plain word. */
    public static RowStatus failed(String reason) {
        return new RowStatus(Kind.FAILED, FailureReason.word(reason));
    }

    /** {@code skipped:<reason>}, e.g. {@code skipped:needs-jdk21}; the reason made one plain word. */
    public static RowStatus skipped(String reason) {
        return new RowStatus(Kind.SKIPPED, FailureReason.word(reason));
    }

    /** Reads the written form back; a reason is kept as written. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RowStatus parse(String text) {
        for (Kind kind : Kind.values()) {
            if (!kind.hasReason() && text.equals(kind.word)) {
                return kind == Kind.OK ? OK : OVER_CAPACITY;
            }
            if (kind.hasReason() && text.startsWith(kind.word + ":")) {
                return new RowStatus(kind, text.substring(kind.word.length() + 1));
            }
        }
        throw new IllegalArgumentException("unknown status '" + text
                + "' (expected ok, over-capacity, failed:<reason> or skipped:<reason>)");
    }

    public boolean ok() {
        return kind == Kind.OK;
    }

    public boolean failed() {
        return kind == Kind.FAILED;
    }

    public boolean skipped() {
        return kind == Kind.SKIPPED;
    }

    public boolean overCapacity() {
        return kind == Kind.OVER_CAPACITY;
    }

    @JsonValue
    @Override
    public String toString() {
        return reason == null ? kind.word : kind.word + ":" + reason;
    }
}
