package org.ipclab.queue.transport;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.TcpChannel;

/** {@code tcp}: the peer listens on loopback, announces its port, and accepts the parent. */
public final class TcpTransport implements ProcessTransport {
    /** The one transport that also reaches a responder on another host ({@code peer=}). */
    public static final String LABEL = "tcp";

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public Channel connect(End parent, Prepared prepared) throws IOException {
        return TcpChannel.connect(Announcement.await(parent.in()), parent.secret(), parent.size());
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        ServerSocketChannel server = TcpChannel.listen();
        Announcement.announce(peer.out(), TcpChannel.port(server));
        return TcpChannel.accept(server, peer.secret(), peer.size());
    }
}
