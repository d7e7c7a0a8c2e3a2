package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.Placement;
import org.ipclab.core.run.ProcStat.MachineSample;
import org.ipclab.core.run.ProcStat.ThreadSample;
import org.ipclab.core.schema.ForkPlacement;
import org.ipclab.core.schema.Interference;

/**
 * Watches one fork from outside: every {@value #PERIOD_MS} ms it finds the busiest thread of the case
 * JVM (the rig) and, for a case with a peer ({@link org.ipclab.core.BenchCase#hasPeer}), of its busiest child
 * (the peer) and notes the CPUs they ran on; where the case JVM hands the measuring to a native program it
 * started (the C reference), that program is the rig and its busiest child the peer. At the end it tells
 * how the two were placed and how much else the machine did meanwhile (steal, other processes' CPU,
 * involuntary context switches of the case's processes), flagging a disturbed fork.
 */
final class ForkMonitor implements AutoCloseable {
    static final long PERIOD_MS = 50;
    /** Share of paired samples on one CPU (or on two) to call the placement same (or cross). */
    private static final double CLEAR_SHARE = 0.8;

    private final ProcessHandle caseJvm;
    /** A case JVM may hand its measuring to a native child: that child is then the rig. */
    private final boolean nativeRigs;
    private final Placement requested;
    /** Whether a child is the case's peer; else the rig's CPUs are all there is to place. */
    private final boolean withPeer;
    private final MachineSample machineAtStart = ProcStat.machine();
    private final long labTicksAtStart = labTicks();
    private final Map<Long, Long> threadTicks = new HashMap<>();
    private final Map<Long, Long> switches = new HashMap<>();
    private final List<int[]> pairs = new ArrayList<>();
    private final List<Integer> rigAlone = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    ForkMonitor(ProcessHandle caseJvm, Placement requested, boolean withPeer) {
        this.caseJvm = caseJvm;
        this.nativeRigs = isJvm(caseJvm);
        this.requested = requested;
        this.withPeer = withPeer;
        this.sampler = new Thread(this::loop, "ipclab-fork-monitor");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        Busiest rig = busiest(caseJvm.pid());
        long rigPid = caseJvm.pid();
        List<ProcessHandle> descendants = caseJvm.descendants().toList();
        Map<Long, Busiest> seen = new HashMap<>();
        for (ProcessHandle child : descendants) {
            seen.put(child.pid(), busiest(child.pid()));
        }
        // A native child that ran is the rig, however busy the waiting JVM's own threads (GC, JIT) were.
        Busiest nativeRig = null;
        for (ProcessHandle child : nativeRigs ? caseJvm.children().toList() : List.<ProcessHandle>of()) {
            Busiest candidate = seen.get(child.pid());
            if (candidate != null && candidate.cpu() >= 0 && (nativeRig == null || candidate.used() > nativeRig.used())
                    && !isJvm(child)) {
                nativeRig = candidate;
                rigPid = child.pid();
            }
        }
        if (nativeRig != null) {
            rig = nativeRig;
        }
        Busiest peer = null;
        for (ProcessHandle child : withPeer ? descendants : List.<ProcessHandle>of()) {
            Busiest candidate = seen.get(child.pid());
            if (child.pid() == rigPid) {
                continue;
            }
            if (candidate.cpu() >= 0 && (peer == null || candidate.used() > peer.used())) {
                peer = candidate;
            }
        }
        if (rig.cpu() >= 0 && peer != null) {
            pairs.add(new int[] {rig.cpu(), peer.cpu()});
        } else if (rig.cpu() >= 0) {
            rigAlone.add(rig.cpu());
        }
    }

    private static boolean isJvm(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    /** A process's busiest thread since the last sample: its CPU (-1 when none ran), and the process's CPU ticks used. */
    private record Busiest(int cpu, long used) {
    }

    private Busiest busiest(long pid) {
        List<ThreadSample> threads = ProcStat.threads(pid);
        long most = 0;
        long used = 0;
        int cpu = -1;
        for (ThreadSample t : threads) {
            long delta = t.ticks() - threadTicks.getOrDefault(t.tid(), 0L);
            threadTicks.put(t.tid(), t.ticks());
            used += delta;
            if (delta > most) {
                most = delta;
                cpu = t.cpu();
            }
        }
        if (!threads.isEmpty()) {
            switches.put(pid, ProcStat.involuntarySwitches(pid));
        }
        return new Busiest(cpu, used);
    }

    /** Stops sampling; call it once the case JVM has been waited for, so its CPU time is counted as the lab's. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized ForkPlacement placement() {
        String asked = requested.label();
        if (!pairs.isEmpty()) {
            long same = pairs.stream().filter(p -> p[0] == p[1]).count();
            double share = (double) same / pairs.size();
            return new ForkPlacement(asked, share >= CLEAR_SHARE ? "same" : share <= 1 - CLEAR_SHARE ? "cross" : "mixed",
                    List.of(pairs.get(0)[0], pairs.get(pairs.size() - 1)[0]),
                    List.of(pairs.get(0)[1], pairs.get(pairs.size() - 1)[1]), pairs.size());
        }
        if (!rigAlone.isEmpty()) {
            return new ForkPlacement(asked, "single", List.of(rigAlone.get(0), rigAlone.get(rigAlone.size() - 1)), null,
                    rigAlone.size());
        }
        return new ForkPlacement(asked, "unknown", null, null, null);
    }

    synchronized Interference interference() {
        MachineSample end = ProcStat.machine();
        if (machineAtStart == null || end == null || end.total() <= machineAtStart.total()) {
            return Interference.UNKNOWN;
        }
        double total = end.total() - machineAtStart.total();
        double busy = total - (end.idle() - machineAtStart.idle());
        double mine = labTicks() - labTicksAtStart;
        double stealPct = (end.steal() - machineAtStart.steal()) / total * 100;
        double otherPct = Math.max(0, busy - mine) / total * 100;
        return Interference.of(round(stealPct), round(otherPct), switches.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The runner's CPU time with that of the case JVMs it reaped (and what they reaped): the lab's own. */
    private static long labTicks() {
        return ProcStat.selfAndReapedChildrenTicks(ProcessHandle.current().pid());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
