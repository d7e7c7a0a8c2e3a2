package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ipclab.core.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/fleet.sh with the real ansible-playbook over SSH, on two hosts made of network namespaces
 * (see {@link Fleet}): a smoke fleet whose second host drops off the net mid-run keeps the first host's
 * run and names the lost one; the same command again fetches the lost host's run without running
 * anything twice; hosts that cannot run are named with the reason; Ctrl-C stops the runs on the hosts.
 * Each host names its runs by its own kernel hostname (its UTS namespace), not by its inventory name.
 */
class FleetIT {
    private static final long FLEET_SECONDS = 600;
    /** Calibration and four cases of smoke: a real run in every way, short enough for CI twice over. */
    private static final String CASES = "lock/(tickets|deadlock)|queue/rtt/size=64;transport=(pipe|tcp)";
    private static final Set<String> LAB_FILES = Set.of("ipc-lab.jar", "run-lab.sh", "run-state.sh", "stop-run.sh");

    @TempDir
    static Path work;
    static Fleet fleet;

    @BeforeAll
    static void makeHosts() throws Exception {
        assumeTrue(Fleet.canMakeHosts(), "needs root, ip netns, unshare --uts, sshd and ansible-playbook");
        fleet = Fleet.at(work.resolve("hosts"));
        fleet.up();
    }

    @AfterAll
    static void removeHosts() throws Exception {
        if (fleet != null) {
            fleet.down();
        }
    }

    @Test
    void shouldKeepTheRunOfOneHostWhenTheOtherIsLostAndFetchOnlyTheMissingRunOnTheSameCommand() throws Exception {
        Path results = work.resolve("results-lost");
        Path fleetDir = results.resolve("fleet-lost");
        String[] args = {fleet.inventory().toString(), "smoke", "--limit", "lab", "--fleet-id", "lost", "--out", results.toString(),
            "--cases", CASES};
        Path console = work.resolve("lost-first.txt");
        Process first = Fleet.command(args).redirectOutput(console.toFile()).redirectErrorStream(true).start();
        String betaRun;
        boolean sshdStopped = false;
        try {
            Path betaRemote = fleet.remoteFleetDir("beta", "lost");
            awaitFile(betaRemote.resolve("runner.pid"), first, console);
            fleet.stopSshd("beta");
            sshdStopped = true;
            betaRun = awaitRunFolder(betaRemote.resolve("out"));

            assertEquals(1, Lab.await(first, FLEET_SECONDS, console), Files.readString(console));
            Map<String, Map<String, String>> hosts = Fleet.hosts(fleetDir);
            String text = Files.readString(console);
            assertEquals("complete", hosts.get("alpha").get("outcome"), text);
            assertEquals("node-alpha", hosts.get("alpha").get("hostname"), "the kernel's hostname in its UTS namespace");
            assertTrue(hosts.get("alpha").get("run").matches("\\d{8}-\\d{6}-node-alpha-smoke"), hosts.get("alpha").toString());
            assertTrue(Files.isRegularFile(fleetDir.resolve("alpha").resolve(hosts.get("alpha").get("run")).resolve("summary.csv")));
            assertEquals("unreachable", hosts.get("beta").get("outcome"), text);
            assertTrue(hosts.get("beta").get("reason").contains("10.231.1.10"), hosts.get("beta").toString());
            assertTrue(text.contains("beta") && text.contains("unreachable") && text.contains("--fleet-id lost"), text);
            assertFalse(Files.exists(fleet.remoteFleetDir("alpha", "lost")), "a fetched host keeps no fleet folder");
            byte[] alphaRunJson = Files.readAllBytes(runJson(fleetDir, hosts.get("alpha")));

            fleet.startSshd("beta");
            sshdStopped = false;
            Lab.Outcome again = Lab.finish(Fleet.command(args), work, FLEET_SECONDS, "the same fleet again");

            Map<String, Map<String, String>> after = Fleet.hosts(fleetDir);
            boolean allExitZero = after.values().stream().allMatch(h -> h.get("exit").equals("0"));
            assertEquals(allExitZero ? 0 : 1, again.exit(), again.out() + again.err());
            assertEquals(hosts.get("alpha"), after.get("alpha"), "alpha was done: left alone");
            assertArrayEquals(alphaRunJson, Files.readAllBytes(runJson(fleetDir, after.get("alpha"))));
            assertEquals("complete", after.get("beta").get("outcome"), again.out() + again.err());
            assertEquals(betaRun, after.get("beta").get("run"), "beta's run fetched, not run again");
            assertEquals("node-beta", after.get("beta").get("hostname"));

            String seed = Files.readAllLines(fleetDir.resolve("fleet.conf")).stream().filter(l -> l.startsWith("seed="))
                    .findFirst().orElseThrow().substring("seed=".length());
            for (Map<String, String> host : after.values()) {
                JsonNode run = Json.MAPPER.readTree(runJson(fleetDir, host).toFile());
                assertEquals(seed, run.path("seed").asText(), "every host ran with the fleet's seed");
            }
            String comparison = Files.readString(fleetDir.resolve("compare.txt"));
            assertTrue(comparison.contains(after.get("alpha").get("run")) && comparison.contains(betaRun), comparison);
            assertTrue(Files.isRegularFile(fleetDir.resolve("compare/index.html")));
            String site = Files.readString(fleetDir.resolve("site/index.html"));
            assertTrue(site.contains(after.get("alpha").get("run")) && site.contains(betaRun), "both hosts are runs of the site");
            assertNothingLeftOn("alpha", "lost");
            assertNothingLeftOn("beta", "lost");
        } finally {
            first.destroyForcibly();
            if (sshdStopped) {
                fleet.startSshd("beta");
            }
        }
    }

    @Test
    void shouldNameAHostWithoutJavaAndAHostNoOneAnswersWithTheirReasons() throws Exception {
        Path results = work.resolve("results-broken");
        Lab.Outcome outcome = Lab.finish(Fleet.command(fleet.inventory().toString(), "smoke", "--limit", "broken",
                "--fleet-id", "broken", "--out", results.toString()), work, FLEET_SECONDS, "a fleet of broken hosts");

        assertEquals(1, outcome.exit(), outcome.out() + outcome.err());
        Map<String, Map<String, String>> hosts = Fleet.hosts(results.resolve("fleet-broken"));
        assertEquals("failed", hosts.get("nojava").get("outcome"));
        assertTrue(hosts.get("nojava").get("reason").contains("no JDK 17+ at ipclab_java=/nonexistent/bin/java"),
                hosts.get("nojava").toString());
        assertEquals("unreachable", hosts.get("ghost").get("outcome"));
        assertTrue(hosts.get("ghost").get("reason").contains("10.231.1.3"), hosts.get("ghost").toString());
        assertFalse(Files.exists(results.resolve("fleet-broken/compare.txt")), "no runs, nothing to compare");
        assertNothingLeftOn("alpha", "broken");
    }

    @Test
    void shouldStopTheRunsOnTheHostsWhenTheFleetIsInterrupted() throws Exception {
        Path results = work.resolve("results-stop");
        Path console = work.resolve("stop.txt");
        // its own process group, as a shell gives a command, so Ctrl-C can reach the group
        Process run = new ProcessBuilder(Stream.concat(Stream.of("setsid"), Fleet.command(fleet.inventory().toString(),
                "smoke", "--limit", "lab", "--fleet-id", "stop", "--out", results.toString(), "--cases", CASES).command().stream())
                .toList())
                .redirectOutput(console.toFile()).redirectErrorStream(true).start();
        try {
            awaitFile(fleet.remoteFleetDir("alpha", "stop").resolve("runner.pid"), run, console);
            awaitFile(fleet.remoteFleetDir("beta", "stop").resolve("runner.pid"), run, console);
            Lab.signal("INT", "-" + run.pid());

            assertEquals(130, Lab.await(run, 180, console), Files.readString(console));
            Map<String, Map<String, String>> hosts = Fleet.hosts(results.resolve("fleet-stop"));
            assertEquals("interrupted", hosts.get("alpha").get("outcome"), hosts.toString());
            assertEquals("interrupted", hosts.get("beta").get("outcome"), hosts.toString());
            assertNothingLeftOn("alpha", "stop");
            assertNothingLeftOn("beta", "stop");
            assertEquals(List.of(), groupMembers(run.pid()), "nothing of the fleet's process group is left");
        } finally {
            run.destroyForcibly();
        }
    }

    /** No process runs on the host (but its sshd) and the fleet's folder there is gone; the lab's copy stays. */
    private static void assertNothingLeftOn(String host, String fleetId) throws Exception {
        String left = fleet.processes(host);
        for (int i = 0; i < 100 && !left.isBlank(); i++) {
            Thread.sleep(100);
            left = fleet.processes(host);
        }
        assertEquals("", left, "processes left on " + host);
        assertFalse(Files.exists(fleet.remoteFleetDir(host, fleetId)), "fleet folder left on " + host);
        if (Files.isDirectory(fleet.labDir(host))) {
            try (Stream<Path> files = Files.list(fleet.labDir(host))) {
                Set<String> names = new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
                assertTrue(LAB_FILES.containsAll(names), "only the lab's copy stays on " + host + ": " + names);
            }
        }
    }

    private static Path runJson(Path fleetDir, Map<String, String> host) {
        return fleetDir.resolve(host.get("host")).resolve(host.get("run")).resolve("run.json");
    }

    private static void awaitFile(Path file, Process run, Path console) throws Exception {
        for (int i = 0; i < 1800 && !Files.exists(file); i++) {
            if (!run.isAlive()) {
                throw new AssertionError("the fleet ended before " + file + " appeared:\n" + Files.readString(console));
            }
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), file + " never appeared:\n" + Files.readString(console));
    }

    /** The run folder a run on a host made in its --out (the runner makes it as it starts). */
    private static String awaitRunFolder(Path out) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> dirs = Files.list(out)) {
                    List<String> runs = dirs.filter(d -> Files.isDirectory(d) && !Files.isSymbolicLink(d))
                            .map(d -> d.getFileName().toString()).toList();
                    if (!runs.isEmpty()) {
                        return runs.get(0);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no run folder in " + out);
    }

    /** Live processes whose process group is {@code group}. */
    private static List<String> groupMembers(long group) throws Exception {
        List<String> members = new java.util.ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[2]) == group) {
                        members.add(proc.getFileName() + " " + stat);
                    }
                } catch (java.io.IOException e) {
                    // the process ended while looking
                }
            }
        }
        return members;
    }
}
