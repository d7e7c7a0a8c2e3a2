package org.ipclab.queue.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ipclab.queue.channel.ChannelClosedException;

/** A socket peer's one line on stdout ({@code LISTENING <port>}), written before it accepts. */
final class Announcement {
    private static final String PREFIX = "LISTENING ";

    private Announcement() {
    }

    static void announce(OutputStream out, int port) throws IOException {
        out.write((PREFIX + port + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads the peer's announcement line byte by byte (nothing after it is consumed); returns the port. */
    static int await(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0 || line.length() > 64) {
                throw new ChannelClosedException("peer ended before announcing its socket: '" + line + "'");
            }
            line.append((char) b);
        }
        if (!line.toString().startsWith(PREFIX)) {
            throw new IOException("peer announced '" + line + "'");
        }
        return Integer.parseInt(line.substring(PREFIX.length()));
    }
}
