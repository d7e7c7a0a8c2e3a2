package org.ipclab.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CCompilerTest {
    static final Path CC = Path.of("/usr/bin/cc");

    @TempDir
    Path temp;

    @Test
    void shouldFindNoCompilerWhereCcNamesNothingOrThePathHasNone() {
        assertTrue(CCompiler.find(Map.of("CC", "/nowhere/cc", "PATH", "/usr/bin:/bin")).isEmpty());
        assertTrue(CCompiler.find(Map.of("PATH", temp.toString())).isEmpty());
        assertTrue(CCompiler.find(Map.of()).isEmpty());
    }

    @Test
    void shouldTakeCcFromThePathOrFromCc() {
        assumeTrue(Files.isExecutable(CC), "needs " + CC);
        assertEquals(CC.toString(), CCompiler.find(Map.of("PATH", "/nowhere:/usr/bin")).orElseThrow().describe());
        assertEquals(CC.toString(), CCompiler.find(Map.of("CC", CC.toString(), "PATH", "")).orElseThrow().describe());
        assertEquals(CC + " -m64", CCompiler.find(Map.of("CC", "cc -m64", "PATH", "/usr/bin")).orElseThrow().describe(),
                "CC's first word is the program, the rest its options, as make reads it");
    }

    @Test
    void shouldCompileOncePerFolderAndReuseTheProgram() throws Exception {
        assumeTrue(Files.isExecutable(CC), "needs " + CC);
        CCompiler cc = CCompiler.find(Map.of("CC", CC.toString())).orElseThrow();

        CCompiler.Built first = cc.program(temp);
        CCompiler.Built second = cc.program(temp);

        assertTrue(first.compiled());
        assertFalse(second.compiled(), "the second fork reuses the first one's program");
        assertEquals(first.program(), second.program());
        assertTrue(Files.isExecutable(first.program()));
        assertTrue(first.program().startsWith(temp), "compiled into the given folder, never the source tree");
        assertNotEquals(CC.toString(), cc.version(), "the compiler names its version");
    }
}
