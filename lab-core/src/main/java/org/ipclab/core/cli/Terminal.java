package org.ipclab.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal a person watches. {@code System.console()} can't say it for one
 * stream (on JDK 17 it is null as soon as either stdout or stdin is redirected, on JDK 22+ it is rarely
 * null at all), so the stream's file descriptor is followed to its device in /proc (Linux).
 */
public final class Terminal {
    private static final int STDERR = 2;

    private Terminal() {
    }

    /** True when stderr is a terminal that understands a carriage return and "clear to end of line". */
    public static boolean stderr() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/" + STDERR)).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no /proc: plain lines are always safe
        }
    }

    /** A pseudo-terminal, a virtual console or the controlling terminal; not a file, pipe or /dev/null. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    /** The terminal's width: {@code COLUMNS} when the shell exports it, else what {@code stty} reads from stderr's device, else 80. */
    public static int columns() {
        String exported = System.getenv("COLUMNS");
        Integer columns = exported == null ? sttyColumns() : number(exported);
        return columns != null && columns >= 20 ? columns : 80;
    }

    private static Integer sttyColumns() {
        try {
            Path device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + STDERR));
            Process stty = new ProcessBuilder("stty", "size").redirectInput(device.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return stty.waitFor() == 0 && size.strip().contains(" ") ? number(size.strip().split(" ")[1]) : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
