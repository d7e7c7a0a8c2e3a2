package org.ipclab.report.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ipclab.core.Json;
import org.ipclab.report.read.ResultFolderException;
import org.ipclab.report.read.RunJson;
import org.ipclab.report.read.RunJson.RunInfo;

/**
 * Reads how each host of a fleet's folder ended. The playbook writes {@code <host>/exit} (the run's exit
 * code on the host) once the host's run folder is fetched beside it; for a host without one, Ansible's
 * last result for it ({@code .ansible/<host>}, from its tree callback) says why: unreachable, or the
 * step it failed at.
 */
public final class FleetHosts {
    /** Written last for a host, after its run folder: the host is done. */
    public static final String DONE_MARK = "exit";
    /** Ansible's last result per host, one JSON file per host. */
    public static final String ANSIBLE_LAST = ".ansible";

    private FleetHosts() {
    }

    /** @param stopped the fleet was stopped (Ctrl-C), so a host with no result was interrupted */
    public static FleetHost read(Path fleetDir, String host, boolean stopped) {
        Path exitFile = fleetDir.resolve(host).resolve(DONE_MARK);
        if (Files.isRegularFile(exitFile)) {
            return fetched(host, exitFile);
        }
        FleetHost said = ansibleSaid(host, fleetDir.resolve(ANSIBLE_LAST).resolve(host), stopped);
        if (said != null) {
            return said;
        }
        return stopped
                ? new FleetHost(host, "", FleetHost.INTERRUPTED, null, "", "the fleet was stopped before the run was fetched")
                : new FleetHost(host, "", FleetHost.NOT_RUN, null, "", "the fleet ended before this host ran");
    }

    private static FleetHost fetched(String host, Path exitFile) {
        Path hostDir = exitFile.getParent();
        try (Stream<Path> entries = Files.list(hostDir)) {
            int exit = Integer.parseInt(Files.readString(exitFile).strip());
            List<Path> runs = entries.filter(p -> Files.isRegularFile(p.resolve("run.json"))).toList();
            if (runs.size() != 1) {
                return new FleetHost(host, "", FleetHost.FAILED, exit, "", hostDir + " holds " + runs.size()
                        + " run folders; expected the one fetched");
            }
            RunInfo run = RunJson.read(runs.get(0).resolve("run.json"));
            long failedCases = run.cases().stream().filter(c -> c.status() != null && c.status().failed()).count();
            String reason = failedCases > 0 ? failedCases + (failedCases == 1 ? " case" : " cases") + " failed"
                    : exit != 0 ? "the run exited " + exit : "";
            return new FleetHost(host, run.environment().host(), run.status(), exit, run.runId(), reason);
        } catch (IOException | NumberFormatException | ResultFolderException e) {
            return new FleetHost(host, "", FleetHost.FAILED, null, "", "the fetched run cannot be read: " + e.getMessage());
        }
    }

    /**
     * What Ansible's last result for the host says, or null when it says nothing. Results reach callbacks
     * without their {@code failed} flag, but a host that is neither done nor unreachable when the playbook
     * ends stopped at that result: its message (or its command's last error line) is the reason.
     */
    private static FleetHost ansibleSaid(String host, Path last, boolean stopped) {
        if (!Files.isRegularFile(last)) {
            return null;
        }
        JsonNode result;
        try {
            result = Json.MAPPER.readTree(last.toFile());
        } catch (IOException e) {
            return new FleetHost(host, "", FleetHost.FAILED, null, "", "Ansible's result " + last + " cannot be read: "
                    + e.getMessage());
        }
        String msg = result.path("msg").asText("").strip();
        if (result.path("unreachable").asBoolean()) {
            return new FleetHost(host, "", FleetHost.UNREACHABLE, null, "", msg);
        }
        List<String> stderr = result.path("stderr").asText("").strip().lines().toList();
        String error = stderr.isEmpty() ? "" : stderr.get(stderr.size() - 1);
        String reason = msg.isEmpty() ? error : error.isEmpty() || msg.contains(error) ? msg : msg + ": " + error;
        if (reason.isEmpty()) {
            return stopped ? null : new FleetHost(host, "", FleetHost.FAILED, null, "",
                    "Ansible gave no reason; the fleet's output names the step");
        }
        return new FleetHost(host, "", FleetHost.FAILED, null, "", reason);
    }
}
