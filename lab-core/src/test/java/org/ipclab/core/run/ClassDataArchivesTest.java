package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.JvmFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchivesTest {
    @TempDir
    Path dir;

    @Test
    void shouldLetAModulesFirstForkWriteTheArchiveAndTheOthersShareIt() throws IOException {
        ClassDataArchives archives = new ClassDataArchives(dir, dir, dir.resolve("lab.jar").toString(), List.of("-Xmx2g"), false, (module, archive) -> true);
        assertEquals(List.of(JvmFlags.WRITE_ARCHIVE + dir.resolve("queue.jsa")), archives.flagsFor("queue", "queue"));
        assertEquals(List.of(), archives.flagsFor("queue", "queue"), "one writer: no fork shares an archive not yet written");
        assertEquals(List.of(JvmFlags.WRITE_ARCHIVE + dir.resolve("lock.jsa")), archives.flagsFor("lock", "lock"), "a module of its own");
        Files.write(dir.resolve("queue.jsa"), new byte[] {1});
        archives.forkEnded("queue", "queue", true);
        assertEquals(List.of(JvmFlags.USE_ARCHIVE + dir.resolve("queue.jsa")), archives.flagsFor("queue", "queue"));
        assertEquals(List.of(JvmFlags.USE_ARCHIVE + dir.resolve("queue.jsa")), archives.flagsFor("queue", "queue"));
    }

    @Test
    void shouldRunAModuleWithoutAnArchiveWhenItsWriterFailedOrLeftNone() throws IOException {
        ClassDataArchives archives = new ClassDataArchives(dir, dir, dir.resolve("lab.jar").toString(), List.of(), false, (module, archive) -> true);
        archives.flagsFor("queue", "queue");
        archives.forkEnded("queue", "queue", true); // ended well, but no archive: the JVM could not write it
        assertEquals(List.of(), archives.flagsFor("queue", "queue"));
        archives.flagsFor("lock", "lock");
        Files.write(dir.resolve("lock.jsa"), new byte[] {1});
        archives.forkEnded("lock", "lock", false);
        assertEquals(List.of(), archives.flagsFor("lock", "lock"), "a failed fork's archive is not trusted");
    }

    @Test
    void shouldRunAModuleWithoutAnArchiveItsJvmsDoNotStartFromCleanly() throws IOException {
        ClassDataArchives archives = new ClassDataArchives(dir, dir, dir.resolve("lab.jar").toString(), List.of(), false,
                (module, archive) -> !module.equals("queue"));
        archives.flagsFor("queue", "queue");
        Files.write(dir.resolve("queue.jsa"), new byte[] {1});
        archives.forkEnded("queue", "queue", true);
        assertEquals(List.of(), archives.flagsFor("queue", "queue"));
        assertEquals(List.of(), archives.flagsFor("queue", "chronicle"),
                "the module's JVMs, with the same flags, would refuse its next set's archive too: none is written");
        assertEquals(List.of(JvmFlags.WRITE_ARCHIVE + dir.resolve("lock.jsa")), archives.flagsFor("lock", "lock"),
                "another module's JVMs start with other flags: it writes its own");
    }

    @Test
    void shouldLetTheNextModuleWriteItsOwnWhenAWriterLeftNoArchive() {
        ClassDataArchives archives = new ClassDataArchives(dir, dir, dir.resolve("lab.jar").toString(), List.of(), false, (module, archive) -> false);
        archives.flagsFor("queue", "queue");
        archives.forkEnded("queue", "queue", false);
        assertEquals(List.of(JvmFlags.WRITE_ARCHIVE + dir.resolve("lock.jsa")), archives.flagsFor("lock", "lock"),
                "a fork that failed says nothing of whether the JVM takes archives");
    }

    /** A real JVM refuses a file that is no archive, and says so: not clean. */
    @Test
    void shouldFindThatAJvmDoesNotStartCleanlyFromABrokenArchive() throws IOException {
        Path broken = Files.write(dir.resolve("broken.jsa"), new byte[] {1, 2, 3});
        assertEquals(false, ArchiveCheck.startsCleanly(List.of(JvmFlags.currentJava()), JvmFlags.classPath(), broken));
    }

    @Test
    void shouldLeaveSharingToTheUserAndStayOffWithoutTheRunsCopyOfTheJar() {
        for (String flag : List.of("-Xshare:off", "-XX:SharedArchiveFile=/home/me/app.jsa", "-XX:+AutoCreateSharedArchive")) {
            ClassDataArchives archives = new ClassDataArchives(dir, dir, dir.resolve("lab.jar").toString(), List.of(flag), false, (module, archive) -> true);
            assertEquals(List.of(), archives.flagsFor("queue", "queue"), flag);
        }
        assertEquals(List.of(), new ClassDataArchives(dir, dir, "target/classes:lib/a.jar", List.of(), false, (module, archive) -> true).flagsFor("queue", "queue"));
        assertEquals(List.of(), new ClassDataArchives(dir, dir, "target/classes", List.of(), false, (module, archive) -> true).flagsFor("queue", "queue"));
        assertEquals(List.of(), new ClassDataArchives(dir, dir, "/work/lab-dist/target/ipc-lab.jar", List.of(), false, (module, archive) -> true).flagsFor("queue", "queue"),
                "not the run's copy: its private folder had no room for one");
        assertEquals(List.of(), new ClassDataArchives(dir, dir, dir.resolve("lab.jar").toString(), List.of(), true, (module, archive) -> true).flagsFor("queue", "queue"),
                "a profiled run: a JVM writing an archive runs no flight recording");
    }
}
