package org.ipclab.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Peer roles and a parent program for the launcher tests. */
final class TestRoles {
    private TestRoles() {
    }

    /** Echoes its input until EOF. */
    public static final class Echo implements PeerRole {
        @Override
        public void run(String[] args, InputStream in, OutputStream out) throws Exception {
            in.transferTo(out);
        }
    }

    /** Never ends by itself. */
    public static final class Sleeper implements PeerRole {
        @Override
        public void run(String[] args, InputStream in, OutputStream out) throws Exception {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Starts a sleeping peer, prints its pid and waits to be killed. */
    public static final class ParentOfSleeper {
        public static void main(String[] args) throws Exception {
            Peer peer = new PeerLauncher(List.of()).start(Sleeper.class);
            System.out.println(peer.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Fills its heap until the JVM throws OutOfMemoryError and exits 1, as a case JVM with too small a heap. */
    public static final class HeapEater {
        public static void main(String[] args) {
            List<long[]> kept = new java.util.ArrayList<>();
            while (true) {
                kept.add(new long[1 << 20]);
            }
        }
    }
}
