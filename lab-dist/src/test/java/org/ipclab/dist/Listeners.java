package org.ipclab.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP sockets a process listens on, read from /proc (as {@code ss -ltnp} would show them). */
final class Listeners {
    /** 127.0.0.1 in /proc/net/tcp, and ::1 and ::ffff:127.0.0.1 in /proc/net/tcp6 (hex, host byte order). */
    static final Set<String> LOOPBACK = Set.of("0100007F", "00000000000000000000000001000000",
            "0000000000000000FFFF00000100007F");
    private static final String LISTEN = "0A";

    private Listeners() {
    }

    /** Each listening socket of the process as {@code <hex address>:<hex port>}; empty if it is gone. */
    static List<String> of(long pid) {
        List<String> found = new ArrayList<>();
        try {
            Set<String> inodes = socketInodes(pid);
            for (String table : List.of("tcp", "tcp6")) {
                List<String> lines = Files.readAllLines(Paths.get("/proc", String.valueOf(pid), "net", table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f[3].equals(LISTEN) && inodes.contains(f[9])) {
                        found.add(f[1]);
                    }
                }
            }
        } catch (IOException e) {
            // the process ended meanwhile
        }
        return found;
    }

    static boolean loopback(String listener) {
        return LOOPBACK.contains(listener.substring(0, listener.indexOf(':')));
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Paths.get("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while listing
                }
            }
        }
        return inodes;
    }
}
