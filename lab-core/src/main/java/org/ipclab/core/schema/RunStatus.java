package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How a run stands in its run.json, written as its {@link #word()}. */
public enum RunStatus {
    RUNNING,
    /** The runner went through every case (some may have failed). */
    COMPLETE,
    /** Stopped by SIGINT or SIGTERM: the cases filed before stand. */
    INTERRUPTED,
    /** The runner itself failed (e.g. it could not write the folder). */
    FAILED,
    /** Left running by a runner that died; filed so by the next run that noticed. */
    ABANDONED;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RunStatus parse(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown run status '" + word + "'"));
    }

    @Override
    public String toString() {
        return word();
    }
}
