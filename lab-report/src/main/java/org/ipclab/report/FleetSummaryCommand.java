package org.ipclab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ipclab.core.AtomicFiles;
import org.ipclab.core.cli.BadInputException;
import org.ipclab.core.cli.LabVersion;
import org.ipclab.report.compare.TextTable;
import org.ipclab.report.fleet.FleetHost;
import org.ipclab.report.fleet.FleetHosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fleet-summary FLEET HOST...}: how each host of a fleet ended, as a table and as FLEET/hosts.csv (scripts/fleet.sh calls it). */
@Command(name = "fleet-summary", hidden = true, mixinStandardHelpOptions = true, versionProvider = LabVersion.class,
        description = {"Print how each host of a fleet's folder ended and write <FLEET>/hosts.csv (host,hostname,outcome,exit,run,reason).",
            "Exit 0 when every host's run is complete with exit 0, else 1."})
public final class FleetSummaryCommand implements Callable<Integer> {
    public static final String HOSTS_CSV = "hosts.csv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLEET", description = "the fleet's folder, results/fleet-<id>")
    Path fleetDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "HOST", description = "the hosts, baseline first")
    List<String> hosts;

    @Option(names = "--stopped", description = "the fleet was stopped: a host without a fetched run was interrupted")
    boolean stopped;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(fleetDir)) {
            throw new BadInputException("FLEET '" + fleetDir + "' is no folder; expected results/fleet-<id>");
        }
        List<FleetHost> ended = hosts.stream().map(h -> FleetHosts.read(fleetDir, h, stopped)).toList();
        List<List<String>> rows = ended.stream().map(FleetHost::cells).toList();
        String csv = String.join(",", FleetHost.COLUMNS) + "\n"
                + rows.stream().map(r -> String.join(",", r) + "\n").collect(Collectors.joining());
        AtomicFiles.write(fleetDir.resolve(HOSTS_CSV), csv);
        spec.commandLine().getOut().print(new TextTable(FleetHost.COLUMNS, rows, Set.of(3)).text());
        long ok = ended.stream().filter(FleetHost::ok).count();
        spec.commandLine().getOut().println(ok + " of " + ended.size() + " hosts complete with exit 0; "
                + fleetDir.resolve(HOSTS_CSV));
        spec.commandLine().getOut().flush();
        return ok == ended.size() ? 0 : 1;
    }
}
