package org.ipclab.queue.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ipclab.queue.channel.Wait;
import org.ipclab.queue.transport.Transport;
import org.ipclab.queue.transport.Transports;
import org.junit.jupiter.api.Test;

class ChannelKnobsTest {

    @Test
    void shouldWriteTheParamsEveryCaseHasAlwaysHad() {
        assertEquals("size=64;transport=shm", ChannelKnobs.of(Transports.named("shm"), 64).params().toString());
        assertEquals("size=8;transport=mmap;wait=spin", ChannelKnobs.of(Transports.named("mmap"), 8).params().toString());
        assertEquals("rate=1000;size=64;transport=mmap;wait=park",
                ChannelKnobs.of(Transports.named("mmap"), 64).withWait(Wait.PARK).withRate(1000).params().toString());
        assertEquals("peer=10.0.0.2;size=64;transport=tcp",
                ChannelKnobs.of(Transports.named("tcp"), 64).onPeerHost("10.0.0.2").params().toString());
    }

    @Test
    void shouldReadBackWhatItEncodes() {
        for (Transport t : Transports.all()) {
            ChannelKnobs knobs = ChannelKnobs.of(t, 64).withWait(Wait.YIELD);
            assertEquals(knobs, ChannelKnobs.decode(knobs.encode()));
        }
        ChannelKnobs remote = ChannelKnobs.of(Transports.named("tcp"), 1024).withRate(10_000).onPeerHost("peer.example");
        assertEquals(remote, ChannelKnobs.decode(remote.encode()));
    }

    @Test
    void shouldNameTheValidValuesWhenGivenABadOne() {
        IllegalArgumentException transport = assertThrows(IllegalArgumentException.class,
                () -> ChannelKnobs.decode("carrier-pigeon size=64;wait=spin"));
        assertTrue(transport.getMessage().contains("pipe") && transport.getMessage().contains("jvm-disruptor"),
                transport.getMessage());
        IllegalArgumentException wait = assertThrows(IllegalArgumentException.class,
                () -> ChannelKnobs.decode("mmap size=64;wait=nap"));
        assertTrue(wait.getMessage().contains("spin, yield, park"), wait.getMessage());
    }

    @Test
    void shouldRefuseSizesTheChannelCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> ChannelKnobs.of(Transports.named("tcp"), 4));
        assertThrows(IllegalArgumentException.class, () -> ChannelKnobs.of(Transports.named("jvm-agrona-1to1"), 1 << 20));
    }

    @Test
    void shouldRefuseAZeroRateAndAPeerHostForAnythingButTcp() {
        assertThrows(IllegalArgumentException.class, () -> ChannelKnobs.of(Transports.named("mmap"), 64).withRate(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChannelKnobs.of(Transports.named("uds"), 64).onPeerHost("10.0.0.2"));
        assertTrue(e.getMessage().contains("tcp"), e.getMessage());
    }
}
