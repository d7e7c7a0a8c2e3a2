package org.ipclab.queue.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.ipclab.queue.channel.AeronChannel;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;

/** {@code aeron}: IPC publications through a media driver the parent launches before the peer starts. */
public final class AeronTransport implements ProcessTransport {
    @Override
    public String label() {
        return "aeron";
    }

    @Override
    public int maxSize() {
        return AeronChannel.MAX_SIZE;
    }

    @Override
    public boolean polls() {
        return true;
    }

    /** Aeron's client and media driver. */
    @Override
    public boolean ownClassSet() {
        return true;
    }

    @Override
    public long scratchBytes(int size, Duration expected) {
        return AeronChannel.DRIVER_FOLDER_BYTES;
    }

    /** The driver's start and the clients' connect cost about half a second more than a plain peer JVM. */
    @Override
    public Duration startup() {
        return Duration.ofMillis(1000);
    }

    @Override
    public Prepared prepare(Path dir, int size, Waiter waiter) {
        return new Prepared(null, AeronChannel.launchDriver(dir)::close);
    }

    @Override
    public Channel connect(End parent, Prepared prepared) throws IOException {
        return AeronChannel.openParent(parent.dir(), parent.waiter());
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        return AeronChannel.openPeer(peer.dir(), peer.waiter());
    }
}
