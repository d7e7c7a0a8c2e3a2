package org.ipclab.process.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.PeerLauncher;
import org.junit.jupiter.api.Test;

class ProcessTaskPoolTest extends TaskPoolContractTest {
    @Override
    TaskPool open() throws Exception {
        return new ProcessTaskPool(new PeerLauncher(List.of()), 2);
    }

    @Test
    void shouldFailTheTaskOfAKilledWorkerAndReplaceIt() throws Exception {
        try (ProcessTaskPool pool = new ProcessTaskPool(new PeerLauncher(List.of()), 1)) {
            long victim = pool.livePids().get(0);
            assertEquals(Work.NONE.expected(1), pool.submit(Work.NONE, 1).get(60, TimeUnit.SECONDS));
            // Killed between tasks and waited for, so the next task surely meets a dead worker.
            ProcessHandle dead = ProcessHandle.of(victim).orElseThrow();
            dead.destroyForcibly();
            dead.onExit().get(60, TimeUnit.SECONDS);

            CompletableFuture<Long> lost = pool.submit(Work.NONE, 2);
            CompletableFuture<Long> next = pool.submit(Work.NONE, 3);

            ExecutionException failure = assertThrows(ExecutionException.class, () -> lost.get(60, TimeUnit.SECONDS));
            assertInstanceOf(ProcessWorker.WorkerFailedException.class, failure.getCause());
            assertEquals(Work.NONE.expected(3), next.get(60, TimeUnit.SECONDS));
            assertEquals(1, pool.replacedWorkers());
            assertNotEquals(victim, pool.livePids().get(0));
            assertFalse(ProcessHandle.of(victim).map(ProcessHandle::isAlive).orElse(false));
        }
    }
}
