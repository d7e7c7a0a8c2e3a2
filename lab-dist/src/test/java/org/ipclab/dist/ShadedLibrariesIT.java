package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ipclab.core.Libraries;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar carries each measured library's own classes, byte for byte, so what runs is the
 * version run.json names (a bundle such as aeron-all once put Agrona 1.x classes over Agrona 2's).
 */
class ShadedLibrariesIT {
    @Test
    void shouldShipEveryMeasuredLibrarysClassesAsItsJarHasThem() throws IOException {
        try (ZipFile shaded = new ZipFile(Lab.JAR.toFile())) {
            for (Map.Entry<String, String> library : Libraries.measured().entrySet()) {
                int classes = 0;
                try (ZipFile jar = new ZipFile(jarOnClassPath(library.getKey(), library.getValue()).toFile())) {
                    for (ZipEntry entry : Collections.list(jar.entries())) {
                        // module-info is left out of the shaded jar on purpose: it is one module, not many.
                        if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                            continue;
                        }
                        ZipEntry copy = shaded.getEntry(entry.getName());
                        assertNotNull(copy, library.getKey() + ": " + entry.getName() + " is missing from " + Lab.JAR);
                        assertArrayEquals(bytes(jar, entry), bytes(shaded, copy), library.getKey() + ": " + entry.getName());
                        classes++;
                    }
                }
                assertTrue(classes > 0, library.getKey());
            }
        }
    }

    /** The library's jar on this test's class path, where Maven's local repository lays it out. */
    private static Path jarOnClassPath(String coordinate, String version) {
        String[] groupArtifact = coordinate.split(":");
        Path layout = Paths.get(groupArtifact[0].replace('.', '/'), groupArtifact[1], version,
                groupArtifact[1] + "-" + version + ".jar");
        List<Path> found = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Paths::get).filter(p -> p.endsWith(layout)).toList();
        assertEquals(1, found.size(), coordinate + " " + version + " on the class path");
        return found.get(0);
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
