package org.ipclab.lock.acquire;

import org.ipclab.core.LatencyRecorder;
import org.ipclab.lock.strategy.CounterStrategy;

/**
 * Warm-up, measure, stop: one clock thread moves the phase, every measuring thread resets its own
 * recorder when it sees measurement begin (a recorder is only ever touched by its thread).
 */
final class AcquirePhases {
    private static final int WARM = 0;
    private static final int MEASURE = 1;
    private static final int STOP = 2;

    private volatile int phase = WARM;

    Thread startClock(long warmMs, long measureMs) {
        Thread clock = new Thread(() -> {
            try {
                Thread.sleep(warmMs);
                phase = MEASURE;
                Thread.sleep(measureMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                phase = STOP;
            }
        }, "acquire-clock");
        clock.setDaemon(true);
        clock.start();
        return clock;
    }

    /** Runs batches until the stop; returns every increment done, warm-up included, for the invariant. */
    long measure(CounterStrategy counter, int batch, LatencyRecorder recorder) {
        long ops = 0;
        boolean measuring = false;
        int now;
        while ((now = phase) != STOP) {
            if (!measuring && now == MEASURE) {
                recorder.reset();
                measuring = true;
            }
            recorder.record(ClockCost.timeBatch(counter, batch) / batch);
            ops += batch;
        }
        return ops;
    }
}
