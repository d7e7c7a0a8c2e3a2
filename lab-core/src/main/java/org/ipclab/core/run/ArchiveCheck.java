package org.ipclab.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.JvmFlags;

/**
 * Whether a JVM starts cleanly from a class-data archive: {@code java -Xshare:on -version} with the case
 * JVMs' flags and the archive exits 0 (it maps the archive, or refuses to start) without a word. A JVM that
 * cannot use an archive may say so on stdout, where a peer's handshake is read (JDK 25 refuses one written
 * beside {@code --add-exports}: "[error][cds] Mismatched values for property jdk.module.addexports"); such
 * an archive is given to no JVM.
 */
final class ArchiveCheck {
    private static final long TIMEOUT_SECONDS = 30;

    private ArchiveCheck() {
    }

    /** @param jvm the java launcher and the case JVMs' flags */
    static boolean startsCleanly(List<String> jvm, String classPath, Path archive) {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-Xshare:on", JvmFlags.USE_ARCHIVE + archive, "-cp", classPath, "-version"));
        try {
            Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!java.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                java.destroyForcibly();
                return false;
            }
            return java.exitValue() == 0 && !said.contains("[cds]") && !said.contains("[aot]");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
