package org.ipclab.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fleet hosts for tests, made by {@code src/test/fleet/namespace-hosts.sh}: alpha and beta, each a network
 * and UTS namespace with its own sshd, kernel hostname (node-alpha, node-beta) and address, in one
 * inventory with the group lab, and the group broken (nojava: alpha without a JVM; ghost: an address no one
 * answers). And the way to run scripts/fleet.sh on them.
 */
final class Fleet {
    static final Path SCRIPT = Lab.HOME.resolve("lab-dist/src/test/fleet/namespace-hosts.sh");
    /** The hosts' lifetime at most: a watchdog removes them after it even if the test JVM dies. */
    static final long LIFETIME_SECONDS = 1200;

    private final Path dir;

    private Fleet(Path dir) {
        this.dir = dir;
    }

    static boolean hasAnsible() {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(p -> Files.isExecutable(Paths.get(p, "ansible-playbook")));
    }

    /** Whether this machine can make the hosts: root, ip, sshd and Ansible. */
    static boolean canMakeHosts() throws IOException, InterruptedException {
        return hasAnsible() && Files.isExecutable(Paths.get("/usr/sbin/sshd"))
                && new ProcessBuilder("ip", "netns", "list").start().waitFor() == 0
                && new ProcessBuilder("unshare", "--uts", "true").start().waitFor() == 0;
    }

    /** The hosts whose records live in {@code dir}; {@link #up} makes them. */
    static Fleet at(Path dir) {
        return new Fleet(dir);
    }

    /** Makes the hosts; each runs the lab with the JVM running this test. */
    void up() throws Exception {
        script("up", dir.toString(), Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                String.valueOf(LIFETIME_SECONDS));
    }

    /** Removes every namespace, link, sshd and key {@link #up} made, even after a partial up; fails if one is left. */
    void down() throws Exception {
        script("down", dir.toString());
        String namespaces = new String(new ProcessBuilder("ip", "netns", "list").start().getInputStream().readAllBytes());
        String links = new String(new ProcessBuilder("ip", "-br", "link").start().getInputStream().readAllBytes());
        if (namespaces.contains("ipclab-fleet-alpha") || namespaces.contains("ipclab-fleet-beta")
                || links.contains("ipclab-fleet-a") || links.contains("ipclab-fleet-b")) {
            throw new AssertionError("left behind:\n" + namespaces + links);
        }
        try (Stream<Path> left = Files.walk(dir)) {
            List<Path> keys = left.filter(p -> p.getFileName().toString().contains("key")).toList();
            if (!keys.isEmpty()) {
                throw new AssertionError("keys left behind: " + keys);
            }
        }
    }

    Path inventory() {
        return dir.resolve("inventory.ini");
    }

    /** The host's lab folder (its ipclab_dir). */
    Path labDir(String host) {
        return dir.resolve(host).resolve("lab");
    }

    /** The fleet's folder for this fleet id on the host, as the playbook makes it. */
    Path remoteFleetDir(String host, String fleetId) {
        return labDir(host).resolve("fleet-" + fleetId);
    }

    void stopSshd(String host) throws Exception {
        script("sshd-stop", dir.toString(), host);
    }

    void startSshd(String host) throws Exception {
        script("sshd-start", dir.toString(), host);
    }

    /** The processes running in the host other than its sshd. */
    String processes(String host) throws Exception {
        return script("pids", dir.toString(), host).out();
    }

    /** scripts/fleet.sh with these arguments, as a process builder (to run or to start). */
    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Lab.HOME.resolve("scripts/fleet.sh").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** hosts.csv of a fleet's folder: host to its row, as column name to value. */
    static Map<String, Map<String, String>> hosts(Path fleetDir) throws IOException {
        List<String> lines = Files.readAllLines(fleetDir.resolve("hosts.csv"));
        String[] columns = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> hosts = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], cells[i]);
            }
            hosts.put(cells[0], row);
        }
        return hosts;
    }

    private Lab.Outcome script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Lab.Outcome outcome = Lab.finish(new ProcessBuilder(command), Files.createDirectories(dir.resolveSibling("logs")),
                60, String.join(" ", command));
        if (outcome.exit() != 0) {
            throw new AssertionError(String.join(" ", args) + " failed (exit " + outcome.exit() + "): " + outcome.err());
        }
        return outcome;
    }
}
