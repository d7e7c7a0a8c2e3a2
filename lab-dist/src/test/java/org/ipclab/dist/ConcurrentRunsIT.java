package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the cross-process channels and a JMH case at once, into the same --out: distinct run
 * folders, no clash on ports, FIFOs, socket paths, mapped files or JMH's lock; both complete, every case ok. Meanwhile, what a
 * stranger could reach is watched: the private folders are 0700 and hold the FIFOs, sockets and
 * mappings; every TCP listener of a lab JVM is on 127.0.0.1.
 */
class ConcurrentRunsIT {
    /** Every channel with a file or a port, and a JMH case (JMH holds a machine-wide lock while it runs). */
    private static final String CASES = "queue/rtt/size=64;transport=(mmap|aeron|chronicle|fifo|uds|tcp)"
            + "|lock/counter/strategy=synchronized;threads=1";
    private static final int FIFO = 0010000;
    private static final int SOCKET = 0140000;

    @TempDir
    Path work;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> violations = ConcurrentHashMap.newKeySet();
    private final Set<String> listenersSeen = ConcurrentHashMap.newKeySet();
    private final Set<Long> heldBack = ConcurrentHashMap.newKeySet();

    @Test
    void shouldRunTwiceAtOnceWithoutClashing() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path results = work.resolve("results");
        Path consoleA = work.resolve("a.txt");
        Path consoleB = work.resolve("b.txt");
        Process a = Lab.start(consoleA, "run", "smoke", "--cases", CASES, "--out", results.toString());
        Process b = Lab.start(consoleB, "run", "smoke", "--cases", CASES, "--out", results.toString());
        Thread watcher = new Thread(() -> watch(a, b), "private-file-watcher");
        watcher.start();
        int exitA = Lab.await(a, 300, consoleA);
        int exitB = Lab.await(b, 300, consoleB);
        watcher.join();

        assertEquals(0, exitA, Files.readString(consoleA));
        assertEquals(0, exitB, Files.readString(consoleB));
        List<Path> runs;
        try (Stream<Path> dirs = Files.list(results)) {
            runs = dirs.filter(d -> !d.getFileName().toString().equals("latest")).sorted().toList();
        }
        assertEquals(2, runs.size(), "two run folders: " + runs);
        assertNotEquals(RunResults.read(runs.get(0)).runJson().get("runId"), RunResults.read(runs.get(1)).runJson().get("runId"));
        for (Path dir : runs) {
            RunResults run = RunResults.read(dir);
            assertEquals("complete", run.status());
            assertEquals(8, run.caseKeys().size(), "calibration, a lock case and six channels in " + dir);
            run.rows().forEach(r -> assertTrue(r.ok(), r.toString()));
        }
        assertTrue(runs.contains(results.resolve("latest").toRealPath()), "latest points at one of them");
        assertSawEachOther(runs, a, b, consoleA, consoleB);

        assertEquals(Set.of(), violations, "private files must sit in 0700 folders, listeners on 127.0.0.1");
        assertEquals(2, heldBack.size(), "each run's tcp case was held back once its peer was up: " + heldBack);
        assertTrue(listenersSeen.size() >= 2, "the watch saw each run's tcp peer listen: " + listenersSeen);
        assertTrue(seen.containsAll(Set.of("fifo", "socket", "ring.map", "aeron", "to-peer.cq")),
                "the watch saw the channels' files: " + seen);
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, a, b));
        assertEquals(Set.of(), Lab.leftBehind(shmBefore));
    }

    /** Two runs at once disturb each other: each names the other in its console and its run.json. */
    private static void assertSawEachOther(List<Path> runs, Process a, Process b, Path consoleA, Path consoleB)
            throws IOException {
        for (Path console : List.of(consoleA, consoleB)) {
            assertTrue(Files.readString(console).contains("warning: another run is measuring on this machine"),
                    Files.readString(console));
        }
        for (Path dir : runs) {
            RunResults run = RunResults.read(dir);
            Set<Long> seenPids = new java.util.HashSet<>();
            run.runJson().path("concurrentRuns").forEach(o -> seenPids.add(o.path("pid").asLong()));
            assertTrue(seenPids.contains(a.pid()) || seenPids.contains(b.pid()), "concurrentRuns of " + dir + ": " + seenPids);
        }
        Set<Long> all = new java.util.HashSet<>();
        for (Path dir : runs) {
            RunResults.read(dir).runJson().path("concurrentRuns").forEach(o -> all.add(o.path("pid").asLong()));
        }
        assertTrue(all.containsAll(Set.of(a.pid(), b.pid())), "each run recorded the other: " + all);
    }

    /** Samples both runs' private folders and the lab JVMs' TCP listeners until both runs end. */
    private void watch(Process a, Process b) {
        try {
            while (a.isAlive() || b.isAlive()) {
                for (Process run : List.of(a, b)) {
                    for (Path dir : Lab.privateFoldersOf(run.pid())) {
                        try {
                            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
                            if (!mode.equals("rwx------")) {
                                violations.add(dir + " has mode " + mode);
                            }
                        } catch (IOException e) {
                            // the run ended and removed it meanwhile
                        }
                    }
                    for (Path file : Lab.privateFiles(run.pid())) {
                        seen.add(kind(file));
                    }
                }
                for (Process run : List.of(a, b)) {
                    for (ProcessHandle jvm : Lab.labJvms(run, c -> true)) {
                        check(Listeners.of(jvm.pid()), jvm);
                    }
                    holdBackTcpCaseUntilItsPeerListens(run);
                }
                Thread.sleep(50);
            }
        } catch (Exception | AssertionError e) {
            violations.add("the watch failed: " + e);
        }
    }

    private void check(List<String> listeners, ProcessHandle jvm) {
        for (String listener : listeners) {
            listenersSeen.add(jvm.pid() + " " + listener);
            if (!Listeners.loopback(listener)) {
                violations.add(jvm.pid() + " listens on " + listener);
            }
        }
    }

    /**
     * A listener lives for milliseconds (until the case connects), too short for sampling to be sure to
     * see it: once per run, the tcp case JVM is stopped while its peer is up, so the peer's listener
     * is certainly there to be seen, then let go (as StrayClientIT does).
     */
    private void holdBackTcpCaseUntilItsPeerListens(Process run) throws Exception {
        List<ProcessHandle> peers = Lab.labJvms(run, Lab.peer("ResponderRole", "tcp"));
        if (peers.isEmpty() || heldBack.contains(run.pid())) {
            return;
        }
        ProcessHandle peer = peers.get(0);
        ProcessHandle caseJvm = peer.parent().orElse(null);
        if (caseJvm == null) {
            return;
        }
        heldBack.add(run.pid());
        Lab.signal("STOP", caseJvm);
        try {
            for (int i = 0; i < 500 && peer.isAlive(); i++) {
                List<String> listeners = Listeners.of(peer.pid());
                if (!listeners.isEmpty()) {
                    check(listeners, peer);
                    return;
                }
                Thread.sleep(20);
            }
        } finally {
            Lab.signal("CONT", caseJvm);
        }
    }

    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            if ((mode & 0170000) == FIFO) {
                return "fifo";
            }
            if ((mode & 0170000) == SOCKET) {
                return "socket";
            }
        } catch (Exception e) {
            return "gone";
        }
        return file.getFileName().toString();
    }
}
