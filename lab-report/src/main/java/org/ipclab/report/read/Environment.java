package org.ipclab.report.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.ipclab.core.JvmFlags;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.Calibration;
import org.ipclab.core.schema.JvmInfo;
import org.ipclab.core.schema.MachineEnvironment;
import org.ipclab.core.schema.NullOrAbsent;

/** The machine and JVM a run measured, as run.json recorded it, in the words a report shows; absent fields read as "?". */
public record Environment(MachineEnvironment machine) {
    public static final String UNKNOWN = "?";

    public Environment {
        machine = machine == null ? MachineEnvironment.NONE : machine;
    }

    /** The floor measured at the run's start ({@link Calibration#NONE} where it was not). */
    public Calibration calibration() {
        return machine.calibration() == null ? Calibration.NONE : machine.calibration();
    }

    private JvmInfo jvm() {
        return machine.jvm() == null ? JvmInfo.NONE : machine.jvm();
    }

    /**
     * The dimensions a comparison should hold still (at most one at a time), in display order:
     * the label and the value of each.
     */
    public Map<String, String> controlled() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("cpu", text(machine.cpuModel()));
        d.put("cores", text(machine.logicalCpus()) + " logical / " + text(machine.physicalCpus()) + " physical");
        d.put("memory", memory());
        d.put("kernel", text(machine.kernel()));
        d.put("virtualization", text(machine.virtualization()));
        d.put("governor", reading(machine.cpuGovernor()));
        d.put("JVM", text(jvm().vendor()) + " " + text(jvm().version()) + " (" + text(jvm().vmName()) + ")");
        d.put("flags", flags());
        d.put("libraries", libraries());
        d.put("launch mechanism", text(jvm().launchMechanism()));
        d.put("pinning", text(machine.pinning()));
        d.put("profilers", profilers());
        return d;
    }

    /** The profilers the run switched on; a run from before --profile had none. */
    public String profilers() {
        List<String> profilers = machine.profilers();
        return profilers == null || profilers.isEmpty() ? "none" : String.join(",", profilers);
    }

    /** Everything worth showing side by side: the controlled dimensions plus descriptive ones. */
    public Map<String, String> described() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("host", host());
        d.put("os", text(machine.os()) + " " + text(machine.arch()));
        d.putAll(controlled());
        d.put("frequency", reading(machine.cpuFrequencyMHz()) + " MHz");
        d.put("GC", list(item -> true, jvm().gc()));
        Calibration calibration = calibration();
        d.put("floor RTT p50 / p99", floorRttP50Ns().isPresent()
                ? ns(floorRttP50Ns().getAsDouble()) + " / " + text(calibration.floorRttP99Ns()) + " ns" : UNKNOWN);
        d.put("nanoTime cost", calibration.nanoTimeNs() != null
                ? Format.tenthsOfNanos(calibration.nanoTimeNs()) : UNKNOWN);
        return d;
    }

    /** The kernel's name for the host that ran it. */
    public String host() {
        return text(machine.hostname());
    }

    /** Median RTT of one shared cache line between two JVMs: the machine's floor for channels. */
    public OptionalDouble floorRttP50Ns() {
        return present(calibration().floorRttP50Ns());
    }

    public OptionalDouble floorRttP99Ns() {
        return present(calibration().floorRttP99Ns());
    }

    /** The load average where it was recorded as one number (the lab records /proc/loadavg's line: no number). */
    public OptionalDouble loadAverage() {
        JsonNode load = machine.loadAverage();
        return load != null && load.isNumber() ? OptionalDouble.of(load.asDouble()) : OptionalDouble.empty();
    }

    public OptionalDouble logicalCpus() {
        return present(machine.logicalCpus());
    }

    private static OptionalDouble present(Number value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? UNKNOWN : value.toString();
    }

    private static String reading(JsonNode value) {
        return text(NullOrAbsent.text(value));
    }

    /**
     * The case JVM's flags without the lab's own per-fork properties ({@code -Dipclab.*}: fork number,
     * floor, file id) and temp folder, which differ between any two runs and say nothing about the JVM; the
     * run's own class-data archive is named without its private folder, which differs between any two runs too.
     */
    private String flags() {
        List<String> given = jvm().inputArguments();
        return list(item -> !item.startsWith("-Dipclab."), given == null ? null : JvmFlags.comparable(given));
    }

    /**
     * The measured libraries as {@code group:artifact:version} items in coordinate order; "?" for a run.json
     * written before the lab recorded them.
     */
    private String libraries() {
        Map<String, String> libraries = machine.libraries();
        if (libraries == null || libraries.isEmpty()) {
            return UNKNOWN;
        }
        List<String> items = new ArrayList<>();
        libraries.forEach((coordinate, version) -> items.add(coordinate + ":" + version));
        items.sort(null);
        return String.join(" ", items);
    }

    private static String list(Predicate<String> keep, List<String> values) {
        if (values == null) {
            return UNKNOWN;
        }
        List<String> items = values.stream().filter(keep).toList();
        return items.isEmpty() ? "(none)" : String.join(" ", items);
    }

    private String memory() {
        Long bytes = machine.memoryBytes();
        return bytes != null ? Format.gibibytes(bytes.doubleValue()) : UNKNOWN;
    }

    private static String ns(double v) {
        return String.valueOf(Math.round(v));
    }
}
