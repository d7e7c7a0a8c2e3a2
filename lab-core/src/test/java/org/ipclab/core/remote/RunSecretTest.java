package org.ipclab.core.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.cli.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSecretTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadTheSecretWithoutItsTrailingNewline() throws Exception {
        Path file = Files.writeString(dir.resolve("secret"), "s3cr3t value\n");
        assertArrayEquals("s3cr3t value".getBytes(StandardCharsets.US_ASCII), RunSecret.read(file));
    }

    @Test
    void shouldRefuseAMissingEmptyOrFolderSecretNamingTheFile() throws Exception {
        Path missing = dir.resolve("nope");
        Path blank = Files.writeString(dir.resolve("blank"), " \n\n");
        Path empty = Files.createFile(dir.resolve("empty"));
        assertNamed(missing, "does not exist");
        assertNamed(blank, "is empty");
        assertNamed(empty, "is empty");
        assertNamed(dir, "is a folder");
    }

    private static void assertNamed(Path file, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunSecret.read(file));
        assertTrue(e.getMessage().contains("'" + file + "' " + problem), e.getMessage());
        assertTrue(e.getMessage().contains("the same for serve and run"), e.getMessage());
    }
}
