package org.ipclab.stress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Main;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * Runs this module's jcstress tests in a {@link StressMode} ({@code short} or {@code long}, then any more
 * jcstress options, which replace the mode's own) and exits 1 unless every test ran and passed. jcstress 0.16 throws on a forbidden
 * outcome or a test error, but returns normally when no test or no JVM configuration matched, and ignores
 * a test it could not run (an API mismatch): a short mode that silently tested nothing would look green.
 * Its report goes to {@code -r DIR} (HTML), its raw results to the working folder.
 */
public final class StressRun {
    private StressRun() {
    }

    public static void main(String[] args) throws Exception {
        StressMode mode = args.length == 0 ? null : StressMode.named(args[0]);
        if (mode == null) {
            System.err.println("stress: unknown mode '" + (args.length == 0 ? "" : args[0]) + "' (valid: "
                    + StressMode.labels() + "), then any jcstress options (-h lists them)");
            System.exit(2);
        }
        String[] line = mode.commandLine(Arrays.asList(args).subList(1, args.length)).toArray(new String[0]);
        Options options = new Options(line);
        if (!options.parse()) {
            System.exit(2);
        }
        if (options.shouldList() || options.shouldParse()) {
            Main.main(line);
            return;
        }
        JCStress jcstress = new JCStress(options);
        SortedSet<String> expected = jcstress.getTests();
        if (expected.isEmpty()) {
            System.err.println("stress: no test matches '" + options.getTestFilter() + "'");
            System.exit(1);
        }
        try {
            jcstress.run();
        } catch (AssertionError failures) {
            // jcstress's verdict, one line per forbidden outcome or error, after the report it printed
            System.err.println("stress: " + failures.getMessage());
            System.exit(1);
        }
        SortedSet<String> notRun = new TreeSet<>(expected);
        notRun.removeAll(ranNormally(Path.of(options.getResultFile())));
        if (!notRun.isEmpty()) {
            System.err.println("stress: tests that did not run: " + notRun);
            System.exit(1);
        }
        System.out.println("stress: all " + expected.size() + " tests ran and passed");
    }

    /** The tests with a normal result in jcstress's result file; none when it wrote none (no JVM configuration ran). */
    private static Set<String> ranNormally(Path resultFile) throws Exception {
        Set<String> ran = new HashSet<>();
        if (Files.exists(resultFile)) {
            for (TestResult result : readResults(resultFile.toString())) {
                if (result.status() == Status.NORMAL) {
                    ran.add(result.getName());
                }
            }
        }
        return ran;
    }

    private static Collection<TestResult> readResults(String file) throws Exception {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(file, collector);
        reader.dump();
        reader.close();
        return collector.getTestResults();
    }
}
