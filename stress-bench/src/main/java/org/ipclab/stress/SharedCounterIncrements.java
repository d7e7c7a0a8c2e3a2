package org.ipclab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.ipclab.lock.shared.ProcessLock;
import org.ipclab.lock.shared.SharedCounterFile;
import org.ipclab.lock.shared.SharedCounterRound;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The shared counter's round ({@link SharedCounterRound}: meet at the arrival barrier, then increment
 * under the lock) with the {@code shm-cas} lock, the spin lock on a word of the mapping, one lock object
 * per side as each process has: no increment may be lost, and the lock word is free afterwards.
 * ({@code file-lock} is held per process, so threads of one cannot contend for it.)
 *
 * <pre>
 *   side 1: arrive, wait for side 2; lock; counter = counter + 1; unlock      side 2: the same
 *   arbiter: r1 = counter, r2 = 1 if the lock word is free
 * </pre>
 */
@JCStressTest
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "both increments counted, the lock released")
@Outcome(id = "1, .*", expect = FORBIDDEN, desc = "an increment lost: both sides were inside the lock at once")
@Outcome(expect = FORBIDDEN, desc = "the lock word left held, or a count neither side made")
@State
public class SharedCounterIncrements {
    private static final int SIDES = 2;
    private static final MappedSlices SLICES = new MappedSlices(SharedCounterFile.LAYOUT_BYTES);
    private final SharedCounterFile file = new SharedCounterFile(SLICES.next());
    private final ProcessLock first = ProcessLock.of("shm-cas", file);
    private final ProcessLock second = ProcessLock.of("shm-cas", file);

    @Actor
    public void first() {
        increment(first);
    }

    @Actor
    public void second() {
        increment(second);
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = (int) file.counter();
        r.r2 = file.lockWordFree() ? 1 : 0;
    }

    private void increment(ProcessLock lock) {
        try {
            SharedCounterRound.run(file, lock, SIDES, 1);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
