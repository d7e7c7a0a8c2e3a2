package org.ipclab.queue.transport;

import java.time.Duration;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChronicleChannel;

/** {@code chronicle}: two Chronicle queues in the private folder, tailed by polling. */
public final class ChronicleTransport implements ProcessTransport {
    @Override
    public String label() {
        return "chronicle";
    }

    @Override
    public int maxSize() {
        return 1 << 20;
    }

    @Override
    public boolean polls() {
        return true;
    }

    /** Chronicle Queue, Wire, Bytes and their native helpers: a case JVM loaded ~560 of their classes. */
    @Override
    public boolean ownClassSet() {
        return true;
    }

    @Override
    public long scratchBytes(int size, Duration expected) {
        return ChronicleChannel.folderBytes(size, expected.toMillis() / 1000.0);
    }

    /** Chronicle's start in the peer JVM costs about half a second more (forks took 0.3-0.45 s less than 1300). */
    @Override
    public Duration startup() {
        return Duration.ofMillis(1000);
    }

    @Override
    public Channel connect(End parent, Prepared prepared) {
        return ChronicleChannel.openParent(parent.dir(), parent.waiter());
    }

    @Override
    public Channel openPeer(End peer) {
        return ChronicleChannel.openPeer(peer.dir(), peer.waiter());
    }
}
