package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's mistake, on every command and option and through the scripts: exit 2, one message naming
 * the value and the valid ones, no stack trace, nothing written (not in the working folder, not at
 * --out, not in the result folder read). In the arguments, @RUN stands for a real result folder, @FILE
 * for a plain file, @EMPTY for an empty folder, @OUT for a path that does not exist yet, @INVENTORY for an
 * Ansible inventory (hosts alpha and beta in group lab) and @MALFORMED for one Ansible cannot parse.
 */
class BadInputIT {
    @TempDir
    static Path work;
    static Path run;
    static Path file;
    static Path empty;
    static Path inventory;
    static Path malformed;

    @BeforeAll
    static void materials() throws Exception {
        run = FixtureRun.dir();
        file = Files.writeString(work.resolve("a-file"), "x");
        empty = Files.createDirectory(work.resolve("empty"));
        inventory = Files.writeString(work.resolve("hosts.ini"), "[lab]\nalpha ansible_host=10.231.1.2\nbeta\n");
        malformed = Files.writeString(work.resolve("malformed.ini"), "[lab\nalpha = = 1\n");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                lab("unknown suite", "smok", "smoke, quick, full", "run", "smok"),
                lab("suite in capitals", "SMOKE", "smoke, quick, full", "run", "SMOKE"),
                lab("two suites", "quick", "arguments: SUITE", "run", "smoke", "quick"),
                lab("bad regex", "queue/(rtt", "regex", "run", "smoke", "--cases", "queue/(rtt"),
                lab("regex matching nothing", "carrier-pigeon", "transport values: ",
                        "run", "smoke", "--cases", "transport=carrier-pigeon"),
                lab("option without its value", "--cases", "REGEX", "run", "smoke", "--out", "@OUT", "--cases"),
                lab("unknown option", "--fast", "valid options: --cases", "run", "smoke", "--fast"),
                lab("unknown short option", "'-x'", "valid options: --cases", "run", "smoke", "-x"),
                lab("missing java", "/nonexistent/bin/java", "JDK 17+", "run", "smoke", "--java", "/nonexistent/bin/java"),
                lab("java is a folder", "@EMPTY", "JDK 17+", "run", "smoke", "--java", "@EMPTY"),
                lab("java is no java", "/bin/true", "not a Java launcher", "run", "smoke", "--java", "/bin/true"),
                lab("pin beyond the CPUs", "99", "valid CPUs", "run", "smoke", "--pin", "99"),
                lab("pin not a list", "first", "valid CPUs", "run", "smoke", "--pin", "first"),
                lab("jvm-arg not a flag", "'UseSerialGC'", "-XX:+UseSerialGC", "run", "smoke", "--jvm-arg", "UseSerialGC"),
                lab("vs-jvm-arg not a flag", "--vs-jvm-arg 'UseSerialGC'", "--vs-jvm-arg -XX:+UseSerialGC",
                        "run", "smoke", "--vs-jvm-arg", "UseSerialGC"),
                lab("missing vs-java", "--vs-java '/nonexistent/bin/java'", "JDK 17+", "run", "smoke", "--vs-java", "/nonexistent/bin/java"),
                lab("pin empty", "--pin ''", "valid CPUs", "run", "smoke", "--pin", ""),
                lab("pin range backwards", "1-0", "backwards", "run", "smoke", "--pin", "1-0"),
                lab("pin overflowing", "99999999999", "valid CPUs", "run", "smoke", "--pin", "99999999999"),
                lab("case timeout zero", "'0'", "1..86400", "run", "smoke", "--case-timeout", "0"),
                lab("case timeout negative", "'-5'", "1..86400", "run", "smoke", "--case-timeout=-5"),
                lab("case timeout not a number", "'soon'", "1..86400", "run", "smoke", "--case-timeout", "soon"),
                lab("out unwritable", "/proc/ipclab", "not writable", "run", "smoke", "--out", "/proc/ipclab"),
                lab("out is a file", "@FILE", "not a folder", "run", "smoke", "--out", "@FILE"),
                lab("out below a file", "@FILE/sub", "not writable", "run", "smoke", "--out", "@FILE/sub"),
                lab("out empty", "--out ''", "give a folder", "run", "smoke", "--out", ""),
                lab("list checks options too", "1-0", "backwards", "run", "smoke", "--list", "--pin", "1-0"),
                lab("forks zero", "'0'", "1..100", "run", "smoke", "--forks", "0"),
                lab("forks not a number", "'x'", "1..100", "run", "smoke", "--forks", "x"),
                lab("redo rounds zero", "'0'", "1..100", "run", "smoke", "--redo-disturbed", "0"),
                lab("seed not a number", "'x'", "64-bit integer", "run", "smoke", "--seed", "x"),
                lab("unknown placement", "'numa'", "os, same, cross", "run", "smoke", "--placement", "numa"),
                lab("placement with pin", "drop --pin", "--placement os", "run", "smoke", "--placement", "same", "--pin", "0"),
                lab("peer host without secret", "--peer-host '127.0.0.1'", "--secret-file",
                        "run", "smoke", "--peer-host", "127.0.0.1"),
                lab("secret without peer host", "@FILE", "--peer-host HOST[:PORT]", "run", "smoke", "--secret-file", "@FILE"),
                lab("secret file missing", "/nonexistent/secret", "the same for serve and run",
                        "run", "smoke", "--peer-host", "127.0.0.1", "--secret-file", "/nonexistent/secret"),
                lab("secret file a folder", "@EMPTY", "the same for serve and run",
                        "run", "smoke", "--peer-host", "127.0.0.1", "--secret-file", "@EMPTY"),
                lab("peer host port out of range", "host:99999", "1..65535",
                        "run", "smoke", "--peer-host", "host:99999", "--secret-file", "@FILE"),
                lab("peer host refusing", "127.0.0.1:1", "is 'ipc-lab serve' running there",
                        "run", "smoke", "--peer-host", "127.0.0.1:1", "--secret-file", "@FILE"),
                lab("serve without secret", "--secret-file", "Missing required option", "serve"),
                lab("serve secret a folder", "@EMPTY", "the same for serve and run", "serve", "--secret-file", "@EMPTY"),
                lab("serve bind not of this host", "10.231.2.254", "not an address of this host",
                        "serve", "--bind", "10.231.2.254", "--allow-remote", "--secret-file", "@FILE"),
                lab("serve bind unresolvable", "no-such-host.invalid", "not an address",
                        "serve", "--bind", "no-such-host.invalid", "--secret-file", "@FILE"),
                lab("serve port out of range", "70000", "1..65535", "serve", "--port", "70000", "--secret-file", "@FILE"),
                lab("unknown profiler", "'yourkit'", "gc, jfr, async, perfnorm", "run", "smoke", "--profile", "jfr,yourkit"),
                lab("compare threshold negative", "-1", "--threshold", "compare", "@RUN", "@RUN", "--threshold=-1"),
                lab("compare a missing folder", "/nonexistent/run", "no such result folder",
                        "compare", "/nonexistent/run", "@RUN"),
                lab("compare a file", "@FILE", "expected a result folder", "compare", "@FILE", "@RUN"),
                lab("compare a folder without results", "@EMPTY/run.json", "is missing", "compare", "@EMPTY", "@RUN"),
                lab("compare one run", "@RUN", "at least 2", "compare", "@RUN"),
                lab("compare disturbed both ways", "--drop-disturbed", "give one or neither", "compare", "@RUN", "@RUN",
                        "--keep-disturbed", "--drop-disturbed"),
                lab("compare unknown format", "yaml", "text, markdown, csv, json", "compare", "@RUN", "@RUN", "--format", "yaml"),
                lab("compare PCT not a number", "abc", "--fail-on-regression PCT", "compare", "@RUN", "@RUN",
                        "--fail-on-regression", "abc"),
                lab("compare PCT negative", "-5", ">= 0", "compare", "@RUN", "@RUN", "--fail-on-regression=-5"),
                lab("compare PCT NaN", "NaN", ">= 0", "compare", "@RUN", "@RUN", "--fail-on-regression", "NaN"),
                lab("compare PCT infinite", "Infinity", ">= 0", "compare", "@RUN", "@RUN", "--fail-on-regression", "Infinity"),
                lab("compare out is a file", "@FILE", "is a file", "compare", "@RUN", "@RUN", "--out", "@FILE"),
                lab("compare out unwritable", "/proc/ipclab", "not writable", "compare", "@RUN", "@RUN", "--out", "/proc/ipclab"),
                lab("compare unknown option", "--bogus", "valid options: ", "compare", "@RUN", "@RUN", "--bogus"),
                lab("publish without out", "--out", "Missing required option", "publish", "@RUN"),
                lab("publish without runs", "'RUN'", "Missing required parameter", "publish", "--out", "@OUT"),
                lab("publish a missing folder", "/nonexistent/run", "no such result folder",
                        "publish", "/nonexistent/run", "--out", "@OUT"),
                lab("publish a file", "@FILE", "expected a result folder", "publish", "@FILE", "--out", "@OUT"),
                lab("publish out is a file", "@FILE", "is a file", "publish", "@RUN", "--out", "@FILE"),
                lab("publish out unwritable", "/proc/ipclab", "not writable", "publish", "@RUN", "--out", "/proc/ipclab"),
                lab("publish out empty", "--out ''", "give a folder", "publish", "@RUN", "--out", ""),
                lab("report a missing folder", "/nonexistent/run", "no such result folder", "report", "/nonexistent/run"),
                lab("report a file", "@FILE", "expected a result folder", "report", "@FILE"),
                lab("report nothing", "'RUN'", "Missing required parameter", "report"),
                lab("unknown command", "frobnicate", "valid commands: run, report, compare, publish", "frobnicate"),
                lab("no command", "subcommand", "valid commands: run, report, compare, publish"),
                script("run-suite.sh unknown suite", "smok", "smoke, quick, full", "run-suite.sh", "smok"),
                script("run-suite.sh bad pin", "first", "valid CPUs", "run-suite.sh", "smoke", "--pin", "first"),
                script("run-suite.sh unknown option", "--fast", "valid options", "run-suite.sh", "--fast"),
                script("run-suite.sh unknown profiler", "'perf'", "gc, jfr, async, perfnorm", "run-suite.sh", "smoke",
                        "--profile", "perf"),
                script("compare.sh no runs", "(SIDE)", "at least 2", "compare.sh"),
                script("compare.sh missing folder", "/nonexistent/run", "no such result folder",
                        "compare.sh", "/nonexistent/run", "@RUN"),
                script("compare.sh unknown format", "yaml", "text, markdown, csv, json",
                        "compare.sh", "@RUN", "@RUN", "--format", "yaml"),
                script("publish.sh nothing", "--out", "Missing required", "publish.sh"),
                script("serve.sh without secret", "--secret-file", "Missing required option", "serve.sh"),
                script("publish.sh out is a file", "@FILE", "is a file", "publish.sh", "@RUN", "--out", "@FILE"),
                script("fleet.sh no inventory", "INVENTORY", "give an inventory", "fleet.sh"),
                script("fleet.sh missing inventory", "/nonexistent/hosts.ini", "INI or YAML",
                        "fleet.sh", "/nonexistent/hosts.ini", "smoke"),
                script("fleet.sh malformed inventory", "@MALFORMED", "could not be read", "fleet.sh", "@MALFORMED", "smoke"),
                script("fleet.sh unknown host", "'gamma'", "hosts: alpha,beta", "fleet.sh", "@INVENTORY", "smoke",
                        "--limit", "alpha,gamma"),
                script("fleet.sh unknown group", "'labs'", "groups: lab", "fleet.sh", "@INVENTORY", "smoke", "--limit", "labs"),
                script("fleet.sh unknown suite", "smok", "smoke, quick, full", "fleet.sh", "@INVENTORY", "smok"),
                script("fleet.sh bad run option", "'x'", "1..100", "fleet.sh", "@INVENTORY", "smoke", "--forks", "x"),
                script("fleet.sh two-sided run", "--vs-jvm-arg", "ipclab_java", "fleet.sh", "@INVENTORY", "smoke",
                        "--vs-jvm-arg", "-XX:+UseSerialGC"),
                script("fleet.sh java for the fleet", "--java", "ipclab_java", "fleet.sh", "@INVENTORY", "--java", "/usr/bin/java"),
                script("fleet.sh bad fleet id", "'a/b'", "letters, digits", "fleet.sh", "@INVENTORY", "--fleet-id", "a/b"));
    }

    private static Arguments lab(String what, String badValue, String validHint, String... args) {
        return Arguments.of(what, null, args, badValue, validHint);
    }

    private static Arguments script(String what, String badValue, String validHint, String script, String... args) {
        return Arguments.of(what, script, args, badValue, validHint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void shouldExitTwoNamingTheBadValueAndWriteNothing(String what, String script, String[] rawArgs, String badValue,
                                                       String validHint) throws Exception {
        if (script != null) {
            assumeFalse(scriptsWouldBuild(), "the scripts would rebuild the lab: sources are newer than the jar");
            assumeTrue(!script.equals("fleet.sh") || Fleet.hasAnsible(), "fleet.sh needs ansible-playbook");
        }
        Path cwd = Files.createDirectory(work.resolve("cwd-" + what.replaceAll("[^a-z0-9]+", "-")));
        Path out = work.resolve("out-" + cwd.getFileName());
        List<String> args = new ArrayList<>();
        for (String arg : rawArgs) {
            args.add(expand(arg, out));
        }
        Set<String> runBefore = listing(run);
        ProcessBuilder command = script == null ? Lab.command(args.toArray(String[]::new))
                : new ProcessBuilder(Stream.concat(Stream.of(Lab.HOME.resolve("scripts").resolve(script).toString()),
                        args.stream()).toList());
        Lab.Outcome outcome = Lab.finish(command.directory(cwd.toFile()), work, 60, what);

        String err = outcome.err();
        assertEquals(2, outcome.exit(), outcome.out() + err);
        assertTrue(err.contains(expand(badValue, out)), "the message must name the bad value:\n" + err);
        assertTrue(err.contains(validHint), "the message must name the valid choices:\n" + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace:\n" + err);
        assertEquals("", outcome.out(), "nothing on stdout");
        try (Stream<Path> written = Files.list(cwd)) {
            assertEquals(List.of(), written.toList(), "nothing may be written in the working folder");
        }
        assertFalse(Files.exists(out), "nothing may be written at --out");
        assertEquals(runBefore, listing(run), "nothing may be written in the result folder read");
        assertTrue(Files.readString(file).equals("x"), "the file given as a folder must be untouched");
    }

    private static String expand(String arg, Path out) {
        return arg.replace("@RUN", run.toString()).replace("@FILE", file.toString())
                .replace("@INVENTORY", inventory.toString()).replace("@MALFORMED", malformed.toString())
                .replace("@EMPTY", empty.toString()).replace("@OUT", out.toString());
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The scripts build the jar when a source is newer; a test must not start a build. */
    private static boolean scriptsWouldBuild() throws IOException {
        long jar = Files.getLastModifiedTime(Lab.JAR).toMillis();
        try (Stream<Path> files = Files.walk(Lab.HOME)) {
            return files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/."))
                    .filter(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("pom.xml"))
                    .anyMatch(p -> p.toFile().lastModified() > jar);
        }
    }
}
