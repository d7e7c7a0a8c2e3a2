package org.ipclab.queue.channel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** Unix-domain stream sockets (JDK 16+): the peer listens on a socket file in the private folder. */
public final class UdsChannel extends SocketStreamChannel {
    private static final String FILE = "peer.sock";

    private UdsChannel(SocketChannel socket, int maxSize) {
        super(socket, maxSize);
    }

    public static ServerSocketChannel listen(Path dir) throws IOException {
        return ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(dir.resolve(FILE)));
    }

    public static UdsChannel accept(ServerSocketChannel server, String secret, int maxSize) throws IOException {
        return new UdsChannel(SocketStreamChannel.accept(server, secret), maxSize);
    }

    public static UdsChannel connect(Path dir, String secret, int maxSize) throws IOException {
        return new UdsChannel(connect(UnixDomainSocketAddress.of(dir.resolve(FILE)), secret), maxSize);
    }
}
