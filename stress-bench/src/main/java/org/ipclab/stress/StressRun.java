package org.ipclab.stress;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Main;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;

/**
 * Runs jcstress over this module's tests (jcstress's own options) and exits 1 when a test saw a
 * forbidden outcome, failed to run, or did not run at all: jcstress 0.16 exits 0 whatever it found.
 * Its report goes to {@code -r DIR} (HTML) and its raw results to the working folder.
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
        jcstress.run();

        List<TestResult> results = ReportUtils.mergedByName(readResults(options.getResultFile()));
        Set<String> ran = results.stream().map(TestResult::getName).collect(Collectors.toSet());
        SortedSet<String> problems = new TreeSet<>();
        for (TestResult result : results) {
            if (result.status() != Status.NORMAL) {
                problems.add(result.getName() + ": " + result.status());
            } else if (!result.grading().isPassed) {
                problems.add(result.getName() + ": a forbidden outcome");
            }
        }
        for (String test : expected) {
            if (!ran.contains(test)) {
                problems.add(test + ": did not run");
            }
        }
        if (expected.isEmpty()) {
            problems.add("no test matched");
        }
        if (!problems.isEmpty()) {
            System.err.println("stress: " + problems.size() + " problem(s):");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        System.out.println("stress: all " + expected.size() + " tests passed");
    }

    private static Collection<TestResult> readResults(String file) throws Exception {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(file, collector);
        reader.dump();
        reader.close();
        return collector.getTestResults();
    }
}
