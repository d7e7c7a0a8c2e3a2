package org.ipclab.core;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Arrays;
import org.ipclab.core.calibration.FloorProbe;

/**
 * Entry point of a peer JVM: {@code PeerMain <role class> [args]}. Watches its parent, answers the
 * handshake on stdout, then runs the role; exit 0 when the role returns, 1 when it throws.
 */
public final class PeerMain {
    static final String HANDSHAKE = "IPCLAB-PEER";

    private PeerMain() {
    }

    /** The run's secret as handed to this peer, for handshakes on channels other than its stdio. */
    public static String secret() {
        return System.getenv(PeerLauncher.SECRET_ENV);
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        String secret = secret();
        // Raw descriptors: System.out's buffering and charset would sit between the role and its data.
        FileInputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        try {
            PeerRole role = (PeerRole) Class.forName(args[0]).getDeclaredConstructor().newInstance();
            String line = HANDSHAKE + " " + ProcessHandle.current().pid() + " " + secret + "\n";
            out.write(line.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String probe = System.getenv(FloorProbe.FILE_ENV);
            if (probe != null) {
                FloorProbe.echo(Paths.get(probe));
            }
            role.run(Arrays.copyOfRange(args, 1, args.length), in, out);
            out.flush();
            System.exit(0);
        } catch (Throwable t) {
            System.err.println("peer " + args[0] + " failed:");
            t.printStackTrace();
            System.exit(1);
        }
    }
}
