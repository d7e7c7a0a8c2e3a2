package org.ipclab.queue.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.SharedLineChannel;
import org.ipclab.queue.channel.Waiter;

/** {@code shm}: one shared line both ends poll, strictly alternating: the floor of a round trip. */
public final class ShmTransport implements ProcessTransport {
    @Override
    public String label() {
        return "shm";
    }

    @Override
    public boolean polls() {
        return true;
    }

    @Override
    public boolean streams() {
        return false;
    }

    @Override
    public long scratchBytes(int size, Duration expected) {
        return SharedLineChannel.fileBytes(size);
    }

    @Override
    public Prepared prepare(Path dir, int size, Waiter waiter) throws IOException {
        return Prepared.channel(SharedLineChannel.create(dir, size, waiter));
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        return SharedLineChannel.open(peer.dir(), peer.size(), peer.waiter());
    }
}
