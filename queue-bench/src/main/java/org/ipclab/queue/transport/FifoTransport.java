package org.ipclab.queue.transport;

import java.io.IOException;
import java.nio.file.Path;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.FifoChannel;
import org.ipclab.queue.channel.Waiter;

/** {@code fifo}: two named pipes the parent makes in the private folder before the peer starts. */
public final class FifoTransport implements ProcessTransport {
    @Override
    public String label() {
        return "fifo";
    }

    @Override
    public Prepared prepare(Path dir, int size, Waiter waiter) throws IOException, InterruptedException {
        FifoChannel.create(dir);
        return Prepared.NOTHING;
    }

    @Override
    public Channel connect(End parent, Prepared prepared) throws IOException {
        return FifoChannel.openParent(parent.dir());
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        return FifoChannel.openPeer(peer.dir());
    }

    @Override
    public void unblock(Path dir) {
        FifoChannel.unblockOpens(dir);
    }
}
