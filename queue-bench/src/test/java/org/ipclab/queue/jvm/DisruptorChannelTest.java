package org.ipclab.queue.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Wait;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;
import org.junit.jupiter.api.Test;

class DisruptorChannelTest {
    @Test
    void shouldSizeTheRingToTheMessageSoLargeMessagesFitTheHeap() {
        assertEquals(1024, DisruptorChannel.events(64));
        assertEquals(1024, DisruptorChannel.events(64 << 10), "64 MiB a ring at 64 KiB");
        assertEquals(64, DisruptorChannel.events(1 << 20), "64 MiB a ring at 1 MiB, not 1 GiB");
        assertEquals(16, DisruptorChannel.events(3 << 20), "a power of two at or below what fits");
        assertEquals(2, DisruptorChannel.events(Integer.MAX_VALUE), "never fewer than two events");
    }

    @Test
    void shouldCarryAOneMebibyteMessageBothWays() throws Exception {
        int size = 1 << 20;
        Channel[] pair = DisruptorChannel.pair(size, new Waiter(Wait.SPIN, new Watchdog(Duration.ofSeconds(10))));
        byte[] sent = new byte[size];
        Arrays.fill(sent, (byte) 7);
        byte[] received = new byte[size];
        pair[0].send(sent, size);
        pair[1].receive(received, size);
        assertArrayEquals(sent, received);
        Arrays.fill(sent, (byte) 9);
        pair[1].send(sent, size);
        pair[0].receive(received, size);
        assertArrayEquals(sent, received);
    }
}
