package org.ipclab.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.Environment;
import org.ipclab.core.JvmFlags;

/**
 * Whether a JVM starts cleanly from a class-data archive: {@code java -Xshare:on -version} with a module's case
 * JVMs' flags and the archive exits 0 (it maps the archive, or refuses to start) without a word. A JVM that
 * cannot use an archive may say so on stdout, where a peer's handshake is read (JDK 25 refuses one written
 * beside {@code --add-exports}: "[error][cds] Mismatched values for property jdk.module.addexports"); such
 * an archive is given to no JVM.
 */
final class ArchiveCheck {
    private ArchiveCheck() {
    }

    /** @param jvm the java launcher and a module's case JVMs' flags ({@link CaseProcess#javaAndFlags}) */
    static boolean startsCleanly(List<String> jvm, String classPath, Path archive) {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-Xshare:on", JvmFlags.USE_ARCHIVE + archive, "-cp", classPath, "-version"));
        String said = Environment.run(command);
        return said != null && !said.contains("[cds]") && !said.contains("[aot]");
    }
}
