package org.ipclab.queue.channel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * TCP (TCP_NODELAY), blocking. Between two JVMs of this host the peer listens on 127.0.0.1 only, on an
 * ephemeral port; to another host the socket is one a responder ({@code serve}) accepted after its handshake.
 */
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

    /** A channel over a socket already connected and past its handshake (a responder on another host). */
    public static TcpChannel over(SocketChannel socket, int maxSize) throws IOException {
        return new TcpChannel(socket, maxSize);
    }

    public static TcpChannel connect(int port, String secret, int maxSize) throws IOException {
        return new TcpChannel(connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), secret), maxSize);
    }
}
