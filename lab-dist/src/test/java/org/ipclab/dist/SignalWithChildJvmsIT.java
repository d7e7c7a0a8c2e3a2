package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGTERM, kill -9 of the runner and a double Ctrl-C while the case JVM has JVMs of its own (a JMH
 * fork; a pool's worker JVMs): none of them outlives the run, the JMH lock is free again, JMH left no
 * temporary file in /tmp, and
 * run.json says what the runner could say. A runner that could file nothing (kill -9) leaves run.json
 * as saved after its last finished case: valid, still "running", without the case it was killed in.
 */
class SignalWithChildJvmsIT {
    @TempDir
    Path work;

    /** The case to interrupt, and the child JVMs that show it is under way. */
    enum Children {
        /** A lock counter case runs JMH, and JMH runs the benchmark in a forked JVM (~1 s). */
        JMH_FORK("lock/counter/strategy=synchronized;threads=2;", c -> c.contains("org.openjdk.jmh.runner.ForkedMain"), 1),
        /**
         * Workers start one after another and the pool's batches take a fraction of a second once all
         * four are up: with three up the pool is still starting its fourth, so the case can't end first.
         */
        POOL_WORKERS("process/pool/kind=process;size=4;", Lab.peer("PoolWorkerRole", null), 3);

        final String key;
        final Predicate<String> commandLine;
        final int upBeforeSignal;

        Children(String key, Predicate<String> commandLine, int upBeforeSignal) {
            this.key = key;
            this.commandLine = commandLine;
            this.upBeforeSignal = upBeforeSignal;
        }
    }

    enum Fault {
        SIGTERM(143, "interrupted") {
            @Override
            void send(Process run) {
                run.destroy();
            }
        },
        SIGKILL(137, "running") {
            @Override
            void send(Process run) {
                run.destroyForcibly(); // no hook runs: run.json stays as last saved
            }
        },
        DOUBLE_CTRL_C(130, "interrupted") {
            @Override
            void send(Process run) throws Exception {
                String group = "-" + run.pid();
                Lab.signal("INT", group);
                Thread.sleep(300); // impatient, pressed again while the first is being handled
                try {
                    Lab.signal("INT", group);
                } catch (AssertionError groupGone) {
                    if (run.isAlive()) {
                        throw groupGone;
                    } // else the first press ended everything already
                }
            }
        };

        final int exit;
        final String status;

        Fault(int exit, String status) {
            this.exit = exit;
            this.status = status;
        }

        abstract void send(Process run) throws Exception;
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(Children.values()).flatMap(c -> Stream.of(Fault.values()).map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest(name = "{1} while {0} run")
    @MethodSource("scenarios")
    void shouldLeaveNoChildJvmAndFreeTheJmhLock(Children children, Fault fault) throws Exception {
        Path console = work.resolve("console.txt");
        Path results = work.resolve("results");
        Set<String> jmhFilesBefore = jmhTempFiles();
        // Its own process group, as from a shell, so that Ctrl-C can reach every process of the run.
        Process run = Lab.startInOwnGroup(console, "run", "smoke", "--cases", children.key, "--forks", "1",
                "--out", results.toString());
        String token = Lab.tokenOf(run);
        try {
            Lab.awaitJvms(children.commandLine, children.upBeforeSignal, run);
            fault.send(run);
            assertEquals(fault.exit, Lab.await(run, 60, console), Files.readString(console));

            assertEquals(List.of(), Lab.awaitNoLabProcesses(15, token), "no case, JMH fork or pool worker JVM may remain");
            assertEquals(List.of(), JmhLock.heldBy(token), "no process of the run may hold the JMH lock");
            assertTrue(JmhLock.takeable(30), "the JMH lock must be free again");
            Set<String> jmhFilesLeft = new TreeSet<>(jmhTempFiles());
            jmhFilesLeft.removeAll(jmhFilesBefore);
            assertEquals(Set.of(), jmhFilesLeft, "JMH's temporary files belong in the fork's own folder");

            RunResults filed = RunResults.read(Lab.onlyRunFolder(results));
            assertEquals(fault.status, filed.status());
            assertEquals(fault != Fault.SIGKILL, filed.runJson().hasNonNull("end"), "an end only when the runner filed one");
            assertTrue(filed.caseKeys().stream().anyMatch(k -> k.contains("calibration")), "the calibration finished first");
            assertFalse(filed.caseKeys().stream().anyMatch(k -> k.contains(children.key)), "the case cut short is not filed");
        } finally {
            if (run.isAlive()) { // a failed wait: end the run rather than leave it to the next test
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly().waitFor();
            }
            // kill -9 leaves the runner's private folder (the next run would remove it): not on this machine
            Lab.privateFoldersOf(run.pid()).forEach(PrivateDir::deleteTree);
        }
    }

    /** JMH's temporary files in /tmp (jmh<digits>stdout, …), which a JMH host killed mid-benchmark leaves. */
    private static Set<String> jmhTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("/tmp"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("jmh\\d+(stdout|stderr|compilecommand)"))
                    .collect(Collectors.toSet());
        }
    }
}
