package org.ipclab.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two "hosts" on one machine: network namespaces {@code ipclab-peer-<pid>-client} and {@code -server},
 * each with its loopback up, joined by a veth pair with {@value #CLIENT_ADDRESS} and
 * {@value #SERVER_ADDRESS}. Their traffic stays between them; closing deletes both namespaces, which
 * takes the veth pair with them. Namespaces of a test JVM that died are removed at the next start.
 */
final class VethHosts implements AutoCloseable {
    static final String CLIENT_ADDRESS = "10.231.2.1";
    static final String SERVER_ADDRESS = "10.231.2.2";
    private static final Pattern OURS = Pattern.compile("ipclab-peer-(\\d+)-(client|server)");

    final String client;
    final String server;

    private VethHosts(String prefix) {
        this.client = prefix + "-client";
        this.server = prefix + "-server";
    }

    /** Whether this machine can make them: root, and iproute2's ip. */
    static boolean possible() {
        try {
            return "0".equals(output("id", "-u").strip()) && exec("ip", "netns", "list").exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static VethHosts create() throws IOException {
        removeStale();
        VethHosts hosts = new VethHosts("ipclab-peer-" + ProcessHandle.current().pid());
        try {
            hosts.ip("netns", "add", hosts.client);
            hosts.ip("netns", "add", hosts.server);
            // Made inside the client namespace with its other end moved into the server's: never on the machine's own links.
            hosts.ip("-n", hosts.client, "link", "add", "ipclab-peer-c", "type", "veth", "peer", "name", "ipclab-peer-s",
                    "netns", hosts.server);
            hosts.up(hosts.client, "ipclab-peer-c", CLIENT_ADDRESS);
            hosts.up(hosts.server, "ipclab-peer-s", SERVER_ADDRESS);
        } catch (IOException | RuntimeException e) {
            hosts.close();
            throw e;
        }
        return hosts;
    }

    private void up(String namespace, String link, String address) throws IOException {
        ip("-n", namespace, "addr", "add", address + "/24", "dev", link);
        ip("-n", namespace, "link", "set", link, "up");
        ip("-n", namespace, "link", "set", "lo", "up");
    }

    /** The command, run inside {@code namespace}. */
    static List<String> inside(String namespace, List<String> command) {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        all.addAll(command);
        return all;
    }

    /** Deletes both namespaces (the veth pair goes with them); quietly skips what is already gone. */
    @Override
    public void close() {
        for (String namespace : List.of(client, server)) {
            try {
                Ran ran = exec("ip", "netns", "delete", namespace);
                if (ran.exit() != 0 && !ran.output().contains("No such file")) {
                    System.err.println("warning: could not delete namespace " + namespace + ": " + ran.output().strip());
                }
            } catch (IOException e) {
                System.err.println("warning: could not delete namespace " + namespace + ": " + e.getMessage());
            }
        }
    }

    /** Whether either namespace (and so the veth pair) still exists. */
    boolean exist() throws IOException {
        List<String> names = List.of(output("ip", "netns", "list").split("\n")).stream()
                .map(l -> l.strip().split(" ")[0]).toList();
        return names.contains(client) || names.contains(server);
    }

    /** Namespaces left by a test JVM that is gone (killed before its cleanup ran). */
    private static void removeStale() throws IOException {
        for (String line : output("ip", "netns", "list").split("\n")) {
            Matcher m = OURS.matcher(line.strip().split(" ")[0]);
            if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                exec("ip", "netns", "delete", m.group());
            }
        }
    }

    private void ip(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Ran ran = exec(command.toArray(String[]::new));
        if (ran.exit() != 0) {
            throw new IOException("failed: " + String.join(" ", command) + ": " + ran.output().strip());
        }
    }

    private static String output(String... command) throws IOException {
        return exec(command).output();
    }

    /** What a command printed (both streams, kept off the test JVM's own) and its exit code. */
    private record Ran(int exit, String output) {
    }

    private static Ran exec(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not end within 30 s");
            }
            return new Ran(process.exitValue(), out);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command));
        }
    }
}
