package org.ipclab.queue.transport;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.UdsChannel;

/** {@code uds}: the peer listens on a socket file in the private folder, announces, and accepts the parent. */
public final class UdsTransport implements ProcessTransport {
    @Override
    public String label() {
        return "uds";
    }

    @Override
    public Channel connect(End parent, Prepared prepared) throws IOException {
        Announcement.await(parent.in());
        return UdsChannel.connect(parent.dir(), parent.secret(), parent.size());
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        ServerSocketChannel server = UdsChannel.listen(peer.dir());
        Announcement.announce(peer.out(), 0);
        return UdsChannel.accept(server, peer.secret(), peer.size());
    }
}
