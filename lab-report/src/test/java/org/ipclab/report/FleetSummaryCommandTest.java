package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fleet's folder as the playbook leaves it, read back host by host into hosts.csv and an exit code. */
class FleetSummaryCommandTest {
    @TempDir
    Path fleet;

    @Test
    void shouldNameEachHostsOutcomeWithItsKernelHostnameRunAndReason() throws IOException {
        fetched("alpha", "run-alpha", "node-alpha", 0, false);
        fetched("beta", "run-beta", "node-beta", 1, true);
        ansibleSaid("gamma", "{\"unreachable\": true, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host"
                + " 10.231.1.10 port 22: Connection refused\", \"changed\": false}");
        ansibleSaid("delta", "{\"changed\": false, \"msg\": \"no JDK 17+ at ipclab_java=/opt/none/java ([Errno 2] No such file),"
                + " set ipclab_java\"}");
        ansibleSaid("epsilon", "{\"changed\": true, \"rc\": 2, \"msg\": \"non-zero return code\", \"stderr\": \"tar: first\\ntar: out of space\"}");

        CliResult result = CliResult.run(new FleetSummaryCommand(), fleet.toString(), "alpha", "beta", "gamma", "delta",
                "epsilon", "zeta");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        List<String> csv = Files.readAllLines(fleet.resolve("hosts.csv"));
        assertEquals(List.of("host,hostname,outcome,exit,run,reason",
                "alpha,node-alpha,complete,0,run-alpha,",
                "beta,node-beta,complete,1,run-beta,1 case failed",
                "gamma,,unreachable,,,Failed to connect to the host via ssh: ssh: connect to host 10.231.1.10 port 22: Connection refused",
                "delta,,failed,,,no JDK 17+ at ipclab_java=/opt/none/java ([Errno 2] No such file); set ipclab_java",
                "epsilon,,failed,,,non-zero return code: tar: out of space",
                "zeta,,not-run,,,the fleet ended before this host ran"), csv);
        assertTrue(result.out().contains("1 of 6 hosts complete with exit 0"), result.out());
    }

    @Test
    void shouldExitZeroOnlyWhenEveryHostsRunIsCompleteWithExitZero() throws IOException {
        fetched("alpha", "run-alpha", "node-alpha", 0, false);
        fetched("beta", "run-beta", "node-beta", 0, false);

        CliResult result = CliResult.run(new FleetSummaryCommand(), fleet.toString(), "alpha", "beta");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("2 of 2 hosts complete with exit 0"), result.out());
    }

    @Test
    void shouldCallAHostWithoutResultInterruptedWhenTheFleetWasStopped() throws IOException {
        fetched("alpha", "run-alpha", "node-alpha", 0, false);
        CliResult result = CliResult.run(new FleetSummaryCommand(), fleet.toString(), "alpha", "beta", "--stopped");

        assertEquals(1, result.exitCode());
        assertEquals("beta,,interrupted,,,the fleet was stopped before the run was fetched",
                Files.readAllLines(fleet.resolve("hosts.csv")).get(2));
    }

    @Test
    void shouldRefuseAFleetFolderThatIsNotThere() {
        CliResult result = CliResult.run(new FleetSummaryCommand(), fleet.resolve("nope").toString(), "alpha");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("nope"), result.err());
    }

    /** A run folder fetched from a host, as the playbook leaves it: the folder, then the exit mark. */
    private void fetched(String host, String runId, String hostname, int exit, boolean withFailedCase) throws IOException {
        Path hostDir = fleet.resolve(host);
        ResultFolderFixture run = withFailedCase ? SampleRuns.fixture(hostDir.resolve(runId), runId, 1.0)
                : new ResultFolderFixture(hostDir.resolve(runId), runId)
                        .latency("lock", "counter", Params.of("strategy", "none"), "op", 100, 8);
        run.environment().put("hostname", hostname);
        run.write();
        Files.writeString(hostDir.resolve("exit"), exit + "\n");
    }

    private void ansibleSaid(String host, String json) throws IOException {
        Files.createDirectories(fleet.resolve(".ansible"));
        Files.writeString(fleet.resolve(".ansible").resolve(host), json);
    }
}
