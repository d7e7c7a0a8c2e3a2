package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.RunOwner;
import org.ipclab.core.schema.RunRecord;

/**
 * One configuration a run measures, with what the runner keeps of it: its own run folder, the forks filed there,
 * its class-data archives (a JVM maps only an archive its own launcher and flags wrote) and its latest floor. A run
 * has one side, or two whose forks it interleaves ({@code --vs-java}, {@code --vs-jvm-arg}).
 */
final class RunSide {
    /** The sides' names, as the progress lines and run.json's config give them. */
    private static final List<String> LABELS = List.of("A", "B");
    /** Ends the second side's run id, which is the first's with it. */
    static final String SECOND_SUFFIX = "-vs";

    final LabConfig config;
    /** The run's own copy of the lab, which both sides' case JVMs run ({@link RunClassPath}) */
    final String classPath;
    final RunFolder folder;
    final CaseLedger ledger;
    final ClassDataArchives classData;
    /** The cache-line round trip of this side's latest calibration, for its next forks' "x floor"; null before one. */
    Double floor;

    private RunSide(LabConfig config, String classPath, RunFolder folder, CaseLedger ledger, ClassDataArchives classData) {
        this.config = config;
        this.classPath = classPath;
        this.folder = folder;
        this.ledger = ledger;
        this.classData = classData;
    }

    /**
     * Opens the run's first side: its run folder, held for the rest of the run.
     */
    static RunSide first(LabConfig config, String host, RunRecord record, List<CaseJob> jobs, Path privateDir, String classPath)
            throws IOException {
        RunFolder folder = RunFolder.create(config.out(), host, config.suite().label(), record);
        return open(config, folder, privateDir, jobs, privateDir, classPath);
    }

    /**
     * Opens the side the first is compared with: its folder is the first's id with {@value #SECOND_SUFFIX}, and each
     * side's config names the other's run id; its archives in a folder of their own, under the same names, so that
     * compare sees the same flags where the sides' own are the same.
     */
    RunSide second(LabConfig other, RunRecord record, List<CaseJob> jobs, Path privateDir) throws IOException {
        String firstId = folder.record().runId();
        RunFolder secondFolder = folder.beside(SECOND_SUFFIX, record.withConfig(c -> c.interleaved(label(1), firstId)));
        String secondId = secondFolder.record().runId();
        folder.update(r -> r.withConfig(c -> c.interleaved(label(0), secondId)));
        Path archives = Files.createDirectory(privateDir.resolve("vs"));
        return open(other, secondFolder, archives, jobs, privateDir, classPath);
    }

    private static RunSide open(LabConfig config, RunFolder folder, Path archives, List<CaseJob> jobs, Path privateDir,
                                String classPath) throws IOException {
        RunOwner.hold(folder.dir());
        ClassDataArchives classData = new ClassDataArchives(privateDir, archives, classPath, config.jvmArgs(),
                !config.profilers().isEmpty(),
                (module, archive) -> ArchiveCheck.startsCleanly(CaseProcess.javaAndFlags(config, module), classPath, archive));
        return new RunSide(config, classPath, folder, new CaseLedger(folder.dir(), jobs), classData);
    }

    static String label(int index) {
        return LABELS.get(index);
    }
}
