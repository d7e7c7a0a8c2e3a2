package org.ipclab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a local page in headless Chromium and returns the DOM after load and the console messages.
 * Every host name resolves to nothing, so whatever the page (or the browser) asks for cannot leave the machine.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    /** What the browser made of a page. */
    record Rendered(String dom, List<String> consoleMessages) {
    }

    private final Path profile;

    HeadlessChromium(Path profile) {
        this.profile = profile;
    }

    static boolean present() {
        return Files.isExecutable(BINARY);
    }

    Rendered render(Path page) throws IOException, InterruptedException {
        Path dom = Files.createTempFile(profile.getParent(), "dom", ".html");
        Path log = Files.createTempFile(profile.getParent(), "log", ".txt");
        // --no-sandbox: CI runs as root; --disable-background-networking: no update or field-trial requests.
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("chromium did not finish rendering " + page + " in " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        // Chromium logs every console message (errors, CSP violations) as an INFO:CONSOLE line.
        List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE")).toList();
        return new Rendered(Files.readString(dom, StandardCharsets.UTF_8), console);
    }
}
