package org.ipclab.process.pool;

/**
 * The pipe protocol between the case and a worker JVM. Request: {@code [int seq][byte work][long seed]};
 * reply: {@code [int seq][long answer][long check]}, where check binds answer to seq so a reply
 * that is garbled, or belongs to another task, is caught.
 */
final class TaskFrames {

    private TaskFrames() {
    }

    static long check(int seq, long answer) {
        return Long.rotateLeft(answer, 17) ^ (seq * 0xC2B2AE3D27D4EB4FL);
    }
}
