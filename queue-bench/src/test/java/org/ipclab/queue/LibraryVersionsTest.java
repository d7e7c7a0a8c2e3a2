package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.ipclab.core.Libraries;
import org.junit.jupiter.api.Test;

/**
 * What run.json says was measured is what Maven put on the class path: this module's test class path holds
 * every measured library, as jars laid out {@code group/artifact/version/artifact-version.jar}.
 */
class LibraryVersionsTest {
    private static final List<Path> CLASS_PATH = java.util.Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator)).map(Paths::get).toList();

    @Test
    void shouldRecordTheVersionMavenResolvedForEveryMeasuredLibrary() {
        Map<String, String> recorded = Libraries.measured();

        recorded.forEach((coordinate, version) -> {
            String[] groupArtifact = coordinate.split(":");
            Path jar = Paths.get(groupArtifact[0].replace('.', '/'), groupArtifact[1], version,
                    groupArtifact[1] + "-" + version + ".jar");
            List<Path> found = CLASS_PATH.stream().filter(p -> p.endsWith(jar)).toList();
            assertEquals(1, found.size(), coordinate + " " + version + " on " + CLASS_PATH);
        });
    }

    /** aeron-all bundles an Agrona 1.x under org.agrona: the queues measured must come from the agrona jar itself. */
    @Test
    void shouldLoadAgronaFromTheAgronaJar() throws Exception {
        Path source = Paths.get(OneToOneRingBuffer.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertTrue(source.endsWith("agrona-" + Libraries.measured().get("org.agrona:agrona") + ".jar"), source.toString());
    }
}
