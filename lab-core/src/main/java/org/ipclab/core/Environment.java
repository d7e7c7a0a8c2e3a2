package org.ipclab.core;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.schema.GitCommit;
import org.ipclab.core.schema.JvmInfo;
import org.ipclab.core.schema.MachineEnvironment;
import org.ipclab.core.schema.NullOrAbsent;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;

/**
 * Captures the machine (OSHI, plus /proc and /sys for what OSHI doesn't say) and the JVM, for run.json.
 * The machine is read by the runner; the JVM part is read inside a case JVM, since --java may differ.
 */
public final class Environment {
    private Environment() {
    }

    /** The machine alone: the runner adds the run's own facts, the case JVM and the floor. */
    public static MachineEnvironment machine() {
        SystemInfo system = new SystemInfo();
        HardwareAbstractionLayer hal = system.getHardware();
        OperatingSystem os = system.getOperatingSystem();
        CentralProcessor cpu = hal.getProcessor();
        return new MachineEnvironment(hostname(), os.getFamily() + " " + os.getVersionInfo(),
                System.getProperty("os.version"), System.getProperty("os.arch"),
                cpu.getProcessorIdentifier().getName().trim(), cpu.getLogicalProcessorCount(),
                cpu.getPhysicalProcessorCount(), hal.getMemory().getTotal(), virtualization(), container(),
                NullOrAbsent.of(firstLine(Paths.get("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"))),
                NullOrAbsent.of(frequencyMHz(cpu)), NullOrAbsent.of(firstLine(Paths.get("/proc/loadavg"))),
                null, null, null, null, null, null, null);
    }

    /** The JVM that runs the benchmarks, as seen from inside it. */
    public static JvmInfo jvm() {
        return new JvmInfo(System.getProperty("java.home"), System.getProperty("java.vendor"),
                System.getProperty("java.runtime.version"), Runtime.version().feature(), System.getProperty("java.vm.name"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
                launchMechanism(), Runtime.getRuntime().availableProcessors());
    }

    /** The mechanism ProcessBuilder uses here: the property if set, else the JDK's Linux default. */
    public static String launchMechanism() {
        String chosen = System.getProperty("jdk.lang.Process.launchMechanism");
        return chosen != null ? chosen.toUpperCase() : "POSIX_SPAWN (default)";
    }

    /**
     * The kernel's name for this host (what {@code hostname} prints): it needs no DNS, so two hosts
     * whose names don't resolve still tell apart.
     */
    public static String hostname() {
        try {
            String name = Files.readString(Paths.get("/proc/sys/kernel/hostname")).trim();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to Java's view
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static Double frequencyMHz(CentralProcessor cpu) {
        long max = cpu.getMaxFreq();
        if (max > 0) {
            return max / 1e6;
        }
        try {
            return Files.readAllLines(Paths.get("/proc/cpuinfo")).stream().filter(l -> l.startsWith("cpu MHz"))
                    .map(l -> Double.valueOf(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** The hypervisor: systemd-detect-virt --vm where present, else the cpuinfo flag and the DMI vendor. */
    static String virtualization() {
        String detected = run(List.of("systemd-detect-virt", "--vm"));
        if (detected != null && !detected.isBlank()) {
            return detected.trim();
        }
        try {
            boolean hypervisor = Files.readAllLines(Paths.get("/proc/cpuinfo")).stream()
                    .anyMatch(l -> l.startsWith("flags") && l.contains(" hypervisor"));
            if (!hypervisor) {
                return "none";
            }
        } catch (IOException e) {
            return "unknown";
        }
        String vendor = firstLine(Paths.get("/sys/class/dmi/id/sys_vendor"));
        return "hypervisor" + (vendor == null ? "" : " (" + vendor + ")");
    }

    /** The container runtime, if any (a container shares the host kernel's scheduler with its neighbours). */
    static String container() {
        String detected = run(List.of("systemd-detect-virt", "--container"));
        return detected == null || detected.isBlank() ? "none" : detected.trim();
    }

    static String firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? null : lines.get(0).trim();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Runs a short command and returns its output, or null when it is missing or fails. */
    public static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The checkout's commit and whether it has uncommitted changes. */
    public static GitCommit git(Path home) {
        String commit = run(List.of("git", "-C", home.toString(), "rev-parse", "HEAD"));
        String status = run(List.of("git", "-C", home.toString(), "status", "--porcelain", "--untracked-files=no"));
        return new GitCommit(commit == null ? "unknown" : commit.trim(), status == null ? null : !status.isBlank());
    }
}
