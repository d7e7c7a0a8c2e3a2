package org.ipclab.process.jvmstart;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ipclab.core.PeerRole;

/**
 * The smallest useful child JVM: after the handshake it sends one line, its {@code java.vm.info}
 * (which says "sharing" when class-data sharing is on), and exits.
 */
public final class HelloRole implements PeerRole {

    @Override
    public void run(String[] args, InputStream in, OutputStream out) throws Exception {
        out.write((System.getProperty("java.vm.info") + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
