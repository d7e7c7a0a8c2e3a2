package org.ipclab.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipclab.core.Placement;
import org.ipclab.core.profile.Profiler;

/**
 * Checks of the run command's paths and numbers, each refusing a bad value with a message that names
 * it and what would be valid. Nothing here leaves a file behind.
 */
final class RunOptionChecks {
    static final long MIN_FREE_BYTES = 64L << 20;
    static final int MIN_JAVA = 17;
    static final long MAX_CASE_TIMEOUT_SECONDS = 24 * 3600;
    static final int MAX_FORKS = 100;
    private static final Pattern CPU_LIST = Pattern.compile("\\d{1,4}(-\\d{1,4})?(,\\d{1,4}(-\\d{1,4})?)*");
    private static final Pattern JAVA_VERSION = Pattern.compile("version \"(1\\.)?(\\d+)");

    private RunOptionChecks() {
    }

    /** The --out folder: a folder (or creatable), writable, with room for a run. */
    static Path out(Path out) {
        WritableFolder.require("--out '" + out + "'", out);
        Path existing = WritableFolder.nearestExisting(out);
        long free;
        try {
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            throw new BadInputException("--out '" + out + "': cannot tell its free space ("
                    + WritableFolder.reason(e) + ")");
        }
        if (free < MIN_FREE_BYTES) {
            throw new BadInputException("--out '" + out + "' has only " + (free >> 20) + " MiB free; a run needs at least "
                    + (MIN_FREE_BYTES >> 20) + " MiB");
        }
        return out.toAbsolutePath().normalize();
    }

    /** A --java that is an executable Java launcher of version 17 or later (asked with -version). */
    static Path java(String option, Path java) {
        String hint = " (give a JDK " + MIN_JAVA + "+ launcher, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)";
        if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
            throw new BadInputException(option + " '" + java + "' is not an executable file" + hint);
        }
        String said;
        try {
            Process version = new ProcessBuilder(java.toAbsolutePath().toString(), "-version")
                    .redirectErrorStream(true).start();
            version.getOutputStream().close();
            if (!version.waitFor(30, TimeUnit.SECONDS)) {
                version.destroyForcibly();
                throw new BadInputException(option + " '" + java + "' did not answer -version within 30 s" + hint);
            }
            said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(option + " '" + java + "' cannot be started: " + WritableFolder.reason(e) + hint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(option + " '" + java + "': interrupted while asking its version");
        }
        Matcher m = JAVA_VERSION.matcher(said);
        if (!m.find()) {
            throw new BadInputException(option + " '" + java + "' is not a Java launcher (-version printed '"
                    + said.strip().lines().findFirst().orElse("") + "')" + hint);
        }
        int major = Integer.parseInt(m.group(2));
        if (major < MIN_JAVA) {
            throw new BadInputException(option + " '" + java + "' is Java " + major + "; the lab needs " + MIN_JAVA
                    + " or later" + hint);
        }
        return java.toAbsolutePath();
    }

    /** A taskset CPU list whose CPUs exist and whose ranges go upwards. */
    static String pin(String pin, int cpus) {
        String valid = "valid CPUs are 0-" + (cpus - 1) + ", e.g. 0 or 0,1 or 0-" + (cpus - 1);
        if (!CPU_LIST.matcher(pin).matches()) {
            throw new BadInputException("--pin '" + pin + "' is not a CPU list; " + valid);
        }
        for (String part : pin.split(",")) {
            String[] ends = part.split("-");
            for (String cpu : ends) {
                if (Integer.parseInt(cpu) >= cpus) {
                    throw new BadInputException("--pin '" + pin + "' names CPU " + cpu + "; " + valid);
                }
            }
            if (ends.length == 2 && Integer.parseInt(ends[0]) > Integer.parseInt(ends[1])) {
                throw new BadInputException("--pin '" + pin + "' has the range " + part + " backwards; " + valid);
            }
        }
        if (!Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            throw new BadInputException("--pin needs taskset (util-linux), which is not installed here");
        }
        return pin;
    }

    /** A fork count, 1..{@value #MAX_FORKS}. */
    static int forks(String text) {
        return (int) wholeNumber("--forks", text, MAX_FORKS,
                "valid: a whole number 1.." + MAX_FORKS + " (each fork is a fresh case JVM with fresh peers)");
    }

    /** Rounds that may redo disturbed forks, 1..{@value #MAX_FORKS}. */
    static int redoRounds(String text) {
        return (int) wholeNumber("--redo-disturbed", text, MAX_FORKS,
                "valid: a whole number 1.." + MAX_FORKS + " (rounds after the last that run disturbed forks again)");
    }

    /** A seed for the order of the rounds: any whole number (64-bit). */
    static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("--seed '" + text + "' is not a whole number; valid: any 64-bit integer, e.g. 42"
                    + " (run.json records each run's seed)");
        }
    }

    /**
     * The user's JVM flags as given: each must look like one (start with '-'). Whether the JVM accepts
     * it is the JVM's to say: a case it refuses fails with the JVM's message, and the run goes on.
     */
    static List<String> jvmArgs(String option, List<String> args) {
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.isBlank() || arg.strip().contains(" ")) {
                throw new BadInputException(option + " '" + arg + "' is not one JVM flag; valid: one flag per " + option
                        + ", starting with '-', e.g. " + option + " -XX:+UseSerialGC " + option + " -Xmx2g");
            }
        }
        return List.copyOf(args);
    }

    /** Profiler names, each option a name or a comma list; a repeat counts once. */
    static Set<Profiler> profilers(List<String> given) {
        try {
            return Profiler.parseAll(given);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--profile: " + e.getMessage() + ", or a comma list such as jfr,gc");
        }
    }

    /** A comma list of placements the machine can honour, and not mixed with --pin. */
    static List<Placement> placements(String text, int cpus, boolean pinned) {
        List<Placement> placements;
        try {
            placements = Placement.parseList(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--placement: " + e.getMessage() + ", or a comma list such as same,cross");
        }
        for (Placement p : placements) {
            if (p.cpusNeeded() > cpus) {
                throw new BadInputException("--placement " + p.label() + " needs " + p.cpusNeeded() + " CPUs; this machine has "
                        + cpus + " (valid here: os, same)");
            }
        }
        boolean pins = placements.stream().anyMatch(p -> p != Placement.OS);
        if (pins && pinned) {
            throw new BadInputException("--placement " + text + " pins the rig and its peer itself; drop --pin, or use"
                    + " --placement os with --pin");
        }
        if (pins && !Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            throw new BadInputException("--placement " + text + " needs taskset (util-linux), which is not installed here");
        }
        return placements;
    }

    /** A per-case time limit in whole seconds, 1 s to a day. */
    static Duration caseTimeout(String text) {
        return Duration.ofSeconds(wholeNumber("--case-timeout", text, MAX_CASE_TIMEOUT_SECONDS,
                "valid: a whole number of seconds, 1.." + MAX_CASE_TIMEOUT_SECONDS));
    }

    /** A whole number from 1 to max; the message names the option, the value and what is valid. */
    private static long wholeNumber(String option, String text, long max, String valid) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " '" + text + "' is not a number; " + valid);
        }
        if (value < 1 || value > max) {
            throw new BadInputException(option + " '" + text + "' is out of range; " + valid);
        }
        return value;
    }
}
