package org.ipclab.process.pool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import org.ipclab.core.PeerRole;

/** A worker JVM of a process pool: answers task frames from stdin on stdout until stdin closes. */
public final class PoolWorkerRole implements PeerRole {

    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        DataInputStream requests = new DataInputStream(new BufferedInputStream(in));
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(out));
        Work[] works = Work.values();
        while (true) {
            int seq;
            try {
                seq = requests.readInt();
            } catch (EOFException e) {
                return; // the pool closed our stdin: a normal end
            }
            Work work = works[requests.readByte()];
            long answer = work.run(requests.readLong());
            replies.writeInt(seq);
            replies.writeLong(answer);
            replies.writeLong(TaskFrames.check(seq, answer));
            replies.flush();
        }
    }
}
