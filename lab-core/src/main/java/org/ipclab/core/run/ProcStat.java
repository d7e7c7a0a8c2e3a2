package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The few figures the runner reads from Linux's /proc: per-thread CPU time and CPU, machine CPU time. */
final class ProcStat {
    private ProcStat() {
    }

    /** One thread: its id, CPU time used (clock ticks), the CPU it last ran on. */
    record ThreadSample(long tid, long ticks, int cpu) {
    }

    /** The machine's CPU time since boot (clock ticks): all of it, idle (with iowait), and stolen by the host. */
    record MachineSample(long total, long idle, long steal) {
    }

    /** Every thread of the process; empty when it is gone or /proc is not there. */
    static List<ThreadSample> threads(long pid) {
        List<ThreadSample> threads = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Paths.get("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String[] f = fieldsAfterName(Files.readString(task.resolve("stat")));
                if (f != null && f.length > 36) {
                    threads.add(new ThreadSample(Long.parseLong(task.getFileName().toString()),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]), Integer.parseInt(f[36])));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process or a thread ended while being read: what was read stands
        }
        return threads;
    }

    /**
     * CPU time (clock ticks) of the process and of every child it has waited for, which Linux adds up
     * recursively at each wait: for the runner, the case JVMs and all they started and reaped.
     */
    static long selfAndReapedChildrenTicks(long pid) {
        try {
            String[] f = fieldsAfterName(Files.readString(Paths.get("/proc", Long.toString(pid), "stat")));
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Involuntary context switches of all the process's threads (preempted while runnable). */
    static long involuntarySwitches(long pid) {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Paths.get("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                for (String line : Files.readAllLines(task.resolve("status"))) {
                    if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                        sum += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone while being read
        }
        return sum;
    }

    /** The first line of /proc/stat, or null where there is none. */
    static MachineSample machine() {
        try {
            String line = Files.readAllLines(Paths.get("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user..steal; guest is already inside user
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new MachineSample(total, idle, steal);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The stat fields after "(comm)", which may itself hold spaces and parentheses. */
    private static String[] fieldsAfterName(String stat) {
        int close = stat.lastIndexOf(')');
        return close < 0 ? null : stat.substring(close + 2).trim().split("\\s+");
    }
}
