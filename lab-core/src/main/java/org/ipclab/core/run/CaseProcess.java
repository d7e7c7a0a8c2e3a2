package org.ipclab.core.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.CaseMain;
import org.ipclab.core.Catalog;
import org.ipclab.core.Jmh;
import org.ipclab.core.JvmFlags;
import org.ipclab.core.Placement;
import org.ipclab.core.ProcessTree;
import org.ipclab.core.profile.ProfileFlags;

/**
 * One case's JVM: started on the configured launcher (under taskset when pinning), output to the
 * case log, waited for with a timeout, and killed with every descendant when it must end early.
 */
final class CaseProcess {
    private final Process process;

    private CaseProcess(Process process) {
        this.process = process;
    }

    /**
     * @param classPath the run's own copy of the lab (see {@link RunClassPath})
     * @param classData the class-data sharing flags of this fork ({@link ClassDataArchives})
     */
    static CaseProcess start(LabConfig config, String classPath, List<String> classData, ForkSchedule.Fork fork, Path runDir,
                             Path caseDir, Path log, Double floorNs) throws IOException {
        CaseJob job = fork.job();
        Placement placement = job.placement();
        String rigCpus = placement.rigCpus() != null ? placement.rigCpus() : config.pinCpus();
        List<String> command = new ArrayList<>();
        if (rigCpus != null) {
            command.addAll(List.of("taskset", "-c", rigCpus));
        }
        command.addAll(javaAndFlags(config, job.benchCase().spec().module()));
        command.addAll(classData);
        command.addAll(ProfileFlags.forFork(config.profilers(), job.benchCase().profileTarget(), runDir, job.id(),
                fork.fork(), caseDir));
        if (floorNs != null) {
            command.add("-D" + CaseMain.FLOOR_PROPERTY + "=" + floorNs);
        }
        command.add("-D" + CaseMain.FORK_PROPERTY + "=" + fork.fork());
        command.add("-D" + CaseMain.FILE_ID_PROPERTY + "=" + job.id());
        command.add("-D" + CaseMain.RUN_PRIVATE_PROPERTY + "=" + caseDir.getParent());
        command.add("-D" + Placement.PROPERTY + "=" + placement.label());
        // What a JVM leaves in java.io.tmpdir (JMH's files of a fork killed mid-benchmark) goes with the fork.
        command.add(JvmFlags.TEMP_DIR + Files.createDirectories(CaseMain.privateDir(caseDir)));
        command.add("-D" + Jmh.MACHINE_LOCK_PROPERTY + "=" + Jmh.machineLock());
        if (config.peerHost() != null) {
            command.addAll(config.peerHost().jvmFlags());
        }
        if (placement.peerCpus() != null) {
            command.add("-D" + Placement.PEER_CPUS_PROPERTY + "=" + placement.peerCpus());
        }
        command.add("-cp");
        command.add(classPath);
        command.add(CaseMain.class.getName());
        command.addAll(List.of(config.suite().label(), job.benchCase().spec().id(), runDir.toString(), caseDir.toString(),
                Catalog.providerClass(job.benchCase().spec().module())));
        File logFile = log.toFile();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        return new CaseProcess(process);
    }

    /** The launcher and the flags a module's case JVMs start with: the lab's, the module's, then the user's. */
    static List<String> javaAndFlags(LabConfig config, String module) {
        List<String> command = new ArrayList<>(List.of(config.java().toString()));
        command.addAll(JvmFlags.withUserFlags(Catalog.jvmFlags(module), config.jvmArgs()));
        return command;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits for the case to end by itself; returns its exit code, or null on timeout (then it is killed). */
    Integer await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            return null;
        }
        return process.exitValue();
    }

    /** Kills the case JVM and everything it started, children first so none is orphaned. */
    void kill() {
        ProcessTree.kill(process);
    }
}
