package org.ipclab.queue.channel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** Loopback TCP (127.0.0.1 only, TCP_NODELAY), blocking: the peer listens on an ephemeral port. */
public final class TcpChannel extends SocketStreamChannel {

    private TcpChannel(SocketChannel socket, int maxSize) throws IOException {
        super(socket, maxSize);
        noDelay(socket);
    }

    /** Binds 127.0.0.1 on an ephemeral port; the caller announces {@link #port} to the parent. */
    public static ServerSocketChannel listen() throws IOException {
        return ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    public static int port(ServerSocketChannel server) throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    public static TcpChannel accept(ServerSocketChannel server, String secret, int maxSize) throws IOException {
        return new TcpChannel(SocketStreamChannel.accept(server, secret), maxSize);
    }

    public static TcpChannel connect(int port, String secret, int maxSize) throws IOException {
        return new TcpChannel(connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), secret), maxSize);
    }
}
