package org.ipclab.process.pool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.ipclab.core.Peer;
import org.ipclab.core.PeerLauncher;

/** The case's end of one worker JVM: sends a task frame, reads and checks the reply. */
final class ProcessWorker implements AutoCloseable {
    private final Peer peer;
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private int nextSeq;

    private ProcessWorker(Peer peer) {
        this.peer = peer;
        this.requests = new DataOutputStream(new BufferedOutputStream(peer.out()));
        this.replies = new DataInputStream(new BufferedInputStream(peer.in()));
    }

    static ProcessWorker start(PeerLauncher launcher) throws IOException, InterruptedException {
        return new ProcessWorker(launcher.start(PoolWorkerRole.class));
    }

    long pid() {
        return peer.pid();
    }

    /**
     * Runs one task in the worker.
     *
     * @throws WorkerFailedException when the worker died (its pipe broke or closed) or its reply does not check out;
     *         either way this worker can no longer be trusted and must be replaced
     */
    long call(Work work, long seed) throws WorkerFailedException {
        int seq = nextSeq++;
        try {
            requests.writeInt(seq);
            requests.writeByte(work.ordinal());
            requests.writeLong(seed);
            requests.flush();
            int gotSeq = replies.readInt();
            long answer = replies.readLong();
            long check = replies.readLong();
            if (gotSeq != seq || check != TaskFrames.check(seq, answer)) {
                throw new WorkerFailedException("worker " + pid() + " sent a corrupt reply to task " + seq, null);
            }
            return answer;
        } catch (IOException e) {
            throw new WorkerFailedException("worker " + pid() + " died during task " + seq + " (" + e + ")", e);
        }
    }

    @Override
    public void close() {
        peer.close();
    }

    /** A task lost because its worker process died or broke the protocol. */
    static final class WorkerFailedException extends Exception {
        WorkerFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
