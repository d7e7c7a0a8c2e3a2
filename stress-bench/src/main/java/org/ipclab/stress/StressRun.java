package org.ipclab.stress;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Runs jcstress over this module's tests (jcstress's own options) and exits 1 unless every test ran and
 * passed. jcstress 0.16 throws on a forbidden outcome or a test error, but returns normally when no test
 * or no JVM configuration matched, and ignores a test it could not run (an API mismatch): a short mode
 * that silently tested nothing would look green. Its report goes to {@code -r DIR} (HTML), its raw
 * results to the working folder.
 */
public final class StressRun {
    private StressRun() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        if (!options.parse()) {
            System.exit(2);
        }
        if (options.shouldList() || options.shouldParse()) {
            Main.main(args);
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
