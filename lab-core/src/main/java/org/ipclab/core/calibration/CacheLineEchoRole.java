package org.ipclab.core.calibration;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Paths;
import org.ipclab.core.PeerRole;

/** The peer half of the floor: echoes every ping word into the pong word until told to stop. */
public final class CacheLineEchoRole implements PeerRole {
    private static final long IDLE_LIMIT_NS = 60_000_000_000L;

    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        echo(SharedCacheLine.open(Paths.get(args[0])));
    }

    /** Echoes pings into the pong word until the STOP word comes. */
    static void echo(SharedCacheLine line) {
        long seen = 0;
        while (true) {
            long ping = line.awaitChange(SharedCacheLine.PING, seen, System.nanoTime() + IDLE_LIMIT_NS);
            if (ping == SharedCacheLine.STOP) {
                return;
            }
            line.put(SharedCacheLine.PONG, ping);
            seen = ping;
        }
    }
}
