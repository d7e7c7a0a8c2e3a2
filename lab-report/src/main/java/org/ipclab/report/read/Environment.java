package org.ipclab.report.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.Calibration;

/**
 * The machine and JVM a run measured, as run.json recorded it; absent fields read as "?".
 *
 * @param calibration the floor measured at the run's start ({@link Calibration#NONE} where it was not)
 */
public record Environment(JsonNode node, Calibration calibration) {
    public static final String UNKNOWN = "?";

    /**
     * The dimensions a comparison should hold still (at most one at a time), in display order:
     * the label and the value of each.
     */
    public Map<String, String> controlled() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("cpu", text("cpuModel"));
        d.put("cores", text("logicalCpus") + " logical / " + text("physicalCpus") + " physical");
        d.put("memory", memory());
        d.put("kernel", text("kernel"));
        d.put("virtualization", text("virtualization"));
        d.put("governor", text("cpuGovernor"));
        d.put("JVM", text("jvm", "vendor") + " " + text("jvm", "version") + " (" + text("jvm", "vmName") + ")");
        d.put("flags", flags());
        d.put("libraries", libraries());
        d.put("launch mechanism", text("jvm", "launchMechanism"));
        d.put("pinning", text("pinning"));
        d.put("profilers", profilers());
        return d;
    }

    /** The profilers the run switched on; a run from before --profile had none. */
    public String profilers() {
        JsonNode n = at("profilers");
        return n.isMissingNode() || n.isEmpty() ? "none" : list("profilers").replace(' ', ',');
    }

    /** Everything worth showing side by side: the controlled dimensions plus descriptive ones. */
    public Map<String, String> described() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("host", text("hostname"));
        d.put("os", text("os") + " " + text("arch"));
        d.putAll(controlled());
        d.put("frequency", text("cpuFrequencyMHz") + " MHz");
        d.put("GC", list("jvm", "gc"));
        d.put("floor RTT p50 / p99", floorRttP50Ns().isPresent()
                ? ns(floorRttP50Ns().getAsDouble()) + " / " + orUnknown(calibration.floorRttP99Ns()) + " ns" : UNKNOWN);
        d.put("nanoTime cost", calibration.nanoTimeNs() != null
                ? Format.tenthsOfNanos(calibration.nanoTimeNs()) : UNKNOWN);
        return d;
    }

    /** Median RTT of one shared cache line between two JVMs: the machine's floor for channels. */
    public OptionalDouble floorRttP50Ns() {
        return present(calibration.floorRttP50Ns());
    }

    public OptionalDouble floorRttP99Ns() {
        return present(calibration.floorRttP99Ns());
    }

    private static OptionalDouble present(Long value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static String orUnknown(Long value) {
        return value == null ? UNKNOWN : value.toString();
    }

    public OptionalDouble number(String... path) {
        JsonNode n = at(path);
        return n.isNumber() ? OptionalDouble.of(n.asDouble()) : OptionalDouble.empty();
    }

    public String text(String... path) {
        JsonNode n = at(path);
        return n.isMissingNode() || n.isNull() || n.asText().isEmpty() ? UNKNOWN : n.asText();
    }

    /**
     * The case JVM's flags without the lab's own per-fork properties ({@code -Dipclab.*}: fork number,
     * floor, file id), which differ between any two runs and say nothing about the JVM.
     */
    private String flags() {
        return list(item -> !item.startsWith("-Dipclab."), "jvm", "inputArguments");
    }

    /**
     * The measured libraries as {@code group:artifact:version} items in coordinate order; "?" for a run.json
     * written before the lab recorded them.
     */
    private String libraries() {
        JsonNode n = at("libraries");
        if (!n.isObject() || n.isEmpty()) {
            return UNKNOWN;
        }
        List<String> items = new ArrayList<>();
        n.fields().forEachRemaining(e -> items.add(e.getKey() + ":" + e.getValue().asText()));
        items.sort(null);
        return String.join(" ", items);
    }

    private String list(String... path) {
        return list(item -> true, path);
    }

    private String list(Predicate<String> keep, String... path) {
        JsonNode n = at(path);
        if (!n.isArray()) {
            return n.isMissingNode() || n.isNull() ? UNKNOWN : n.asText();
        }
        List<String> items = new ArrayList<>();
        n.forEach(i -> {
            if (keep.test(i.asText())) {
                items.add(i.asText());
            }
        });
        return items.isEmpty() ? "(none)" : String.join(" ", items);
    }

    private String memory() {
        OptionalDouble bytes = number("memoryBytes");
        return bytes.isPresent() ? Format.gibibytes(bytes.getAsDouble()) : UNKNOWN;
    }

    private static String ns(double v) {
        return String.valueOf(Math.round(v));
    }

    private JsonNode at(String... path) {
        JsonNode n = node == null ? MissingNode.getInstance() : node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }
}
