package org.ipclab.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerAddressTest {
    @Test
    void shouldTakeTheDefaultPortUnlessGiven() {
        assertEquals(new PeerAddress("10.231.2.2", PeerAddress.DEFAULT_PORT), PeerAddress.parse("10.231.2.2"));
        assertEquals(new PeerAddress("far-host.example", 9000), PeerAddress.parse("far-host.example:9000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":7171", "host:", "host:0", "host:65536", "host:99999", "fe80::1", "a b", "host;x=1"})
    void shouldRefuseWhatIsNotHostAndPortNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerAddress.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("1..65535"), e.getMessage());
    }
}
