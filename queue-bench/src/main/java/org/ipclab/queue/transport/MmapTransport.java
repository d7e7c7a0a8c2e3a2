package org.ipclab.queue.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.MappedRingChannel;
import org.ipclab.queue.channel.Waiter;

/** {@code mmap}: two rings in a file the parent maps before the peer starts; both ends poll. */
public final class MmapTransport implements ProcessTransport {
    /** The channel whose wait is swept, so its cases name their wait even when it is spin. */
    public static final String LABEL = "mmap";

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public boolean polls() {
        return true;
    }

    @Override
    public long scratchBytes(int size, Duration expected) {
        return MappedRingChannel.fileBytes();
    }

    @Override
    public Prepared prepare(Path dir, int size, Waiter waiter) throws IOException {
        return Prepared.channel(MappedRingChannel.create(dir, waiter));
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        return MappedRingChannel.open(peer.dir(), peer.waiter());
    }
}
