package org.ipclab.core;

import java.util.Optional;

/**
 * The reason word for a case that threw: the first throwable in the cause chain whose text names a
 * cause ({@link PrintedCause}: an InternalError from a fault in a mapped file is {@code sigbus}, an
 * IOException "No space left on device" is {@code no-space}), else the thrown class's name.
 */
public final class ThrowableCause {
    private static final int MAX_DEPTH = 16;

    private ThrowableCause() {
    }

    public static String of(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            Optional<String> named = PrintedCause.of(t.toString());
            if (named.isPresent()) {
                return named.get();
            }
            if (t instanceof OutOfMemoryError) {
                return "outofmemoryerror";
            }
        }
        return thrown.getClass().getSimpleName();
    }
}
