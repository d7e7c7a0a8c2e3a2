package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ThrowableCauseTest {
    @Test
    void shouldNameTheCauseAnywhereInTheChain() {
        assertEquals("sigbus", ThrowableCause.of(new InternalError(
                "a fault occurred in a recent unsafe memory access operation in compiled Java code")));
        assertEquals("no-space", ThrowableCause.of(new UncheckedIOException(new IOException("No space left on device"))));
        assertEquals("outofmemoryerror", ThrowableCause.of(new OutOfMemoryError("Java heap space")));
        assertEquals("outofmemoryerror", ThrowableCause.of(new OutOfMemoryError()));
        assertEquals("outofmemoryerror", ThrowableCause.of(new RuntimeException("setup", new OutOfMemoryError())));
    }

    @Test
    void shouldFallBackToTheThrownClass() {
        assertEquals("PeerException", ThrowableCause.of(new PeerException("peer 42 closed its output")));
        assertEquals("IllegalStateException", ThrowableCause.of(new IllegalStateException("x", new IOException("y"))));
    }
}
