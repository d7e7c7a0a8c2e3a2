package org.ipclab.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

/**
 * async-profiler's native library, shipped inside its Maven artifact on the lab's class path, copied
 * into the case's private folder (removed with it) so the case JVM and its JMH forks can load it. A
 * library of one's own (another version, another platform) can be named with {@value #PROPERTY}, e.g.
 * {@code --jvm-arg -Dipclab.async.library=/opt/async-profiler/lib/libasyncProfiler.so}.
 */
final class AsyncLibrary {
    static final String PROPERTY = "ipclab.async.library";
    private static final String FILE = "libasyncProfiler.so";

    private AsyncLibrary() {
    }

    /** The resource for this machine, e.g. {@code linux-x64/libasyncProfiler.so}. */
    static String resource() {
        String arch = System.getProperty("os.arch", "");
        String platform = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "arm64" : arch;
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).replace(" ", "") + "-" + platform + "/" + FILE;
    }

    static String missing() {
        return "the lab's async-profiler artifact has no " + resource() + " for this machine";
    }

    /**
     * The library named by {@value #PROPERTY}, else the bundled one copied into {@code dir}; empty when
     * the artifact has none for this machine.
     */
    static Optional<Path> locate(Path dir) throws IOException {
        String own = System.getProperty(PROPERTY);
        if (own != null) {
            return Optional.of(Path.of(own).toAbsolutePath());
        }
        try (InputStream in = AsyncLibrary.class.getClassLoader().getResourceAsStream(resource())) {
            if (in == null) {
                return Optional.empty();
            }
            Path target = dir.resolve(FILE);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
            return Optional.of(target);
        }
    }
}
