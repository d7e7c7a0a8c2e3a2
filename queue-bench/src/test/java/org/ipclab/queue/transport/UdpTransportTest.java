package org.ipclab.queue.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.Watchdog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What UDP adds to the channel contract (which {@code ChannelContractTest} checks for every registered
 * channel): a lost, repeated or reordered datagram, or a reply that never comes, fails with a reason.
 */
@Timeout(30)
class UdpTransportTest {
    private static final int SIZE = 64;
    private DatagramChannel sender;
    private UdpTransport.UdpChannel receiver;

    @BeforeEach
    void connect() throws IOException {
        DatagramChannel socket = bound();
        sender = bound().connect(socket.getLocalAddress());
        socket.connect(sender.getLocalAddress());
        receiver = new UdpTransport.UdpChannel(socket, SIZE, new Watchdog(Duration.ofSeconds(20)), Duration.ofMillis(300));
    }

    @AfterEach
    void close() throws IOException {
        sender.close();
        receiver.close();
    }

    @Test
    void shouldDeliverDatagramsInSequence() throws IOException {
        send(0, 7);
        send(1, 8);
        byte[] message = new byte[SIZE];
        receiver.receive(message, SIZE);
        assertEquals(7, message[0]);
        receiver.receive(message, SIZE);
        assertEquals(8, message[0]);
    }

    @Test
    void shouldFailAsLostWhenADatagramIsMissing() throws IOException {
        send(0, 1);
        send(2, 3);
        byte[] message = new byte[SIZE];
        receiver.receive(message, SIZE);
        ChannelAbortedException e = assertThrows(ChannelAbortedException.class, () -> receiver.receive(message, SIZE));
        assertEquals(UdpTransport.LOST, e.reason());
    }

    @Test
    void shouldFailAsLostWhenNothingArrives() {
        ChannelAbortedException e = assertThrows(ChannelAbortedException.class,
                () -> receiver.receive(new byte[SIZE], SIZE));
        assertEquals(UdpTransport.LOST, e.reason());
    }

    @Test
    void shouldNotPassAShortDatagramOffAsAMessage() throws IOException {
        sender.write(ByteBuffer.allocate(Integer.BYTES + 10).putInt(0).flip());
        assertThrows(IOException.class, () -> receiver.receive(new byte[SIZE], SIZE));
    }

    @Test
    void shouldCarryTheLargestMessageInOneDatagram() throws IOException {
        int max = new UdpTransport().maxSize();
        DatagramChannel socket = bound();
        try (DatagramChannel big = bound().connect(socket.getLocalAddress());
             UdpTransport.UdpChannel end = new UdpTransport.UdpChannel(socket.connect(big.getLocalAddress()), max,
                     new Watchdog(Duration.ofSeconds(20)), Duration.ofSeconds(5))) {
            byte[] payload = new byte[max];
            payload[max - 1] = 42;
            big.write(ByteBuffer.allocate(Integer.BYTES + max).putInt(0).put(payload).flip());
            byte[] message = new byte[max];
            end.receive(message, max);
            assertArrayEquals(payload, message);
        }
    }

    private void send(int sequence, int firstByte) throws IOException {
        ByteBuffer datagram = ByteBuffer.allocate(Integer.BYTES + SIZE).putInt(sequence);
        datagram.put((byte) firstByte).position(datagram.limit()).flip();
        sender.write(datagram);
    }

    private static DatagramChannel bound() throws IOException {
        return DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }
}
