package org.ipclab.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.Json;
import org.ipclab.core.run.Format;

/**
 * The last side's rows in the JSON of github-action-benchmark's {@code customSmallerIsBetter} tool
 * ({@code [{name, unit, value, range, extra}]}), so CI can track the lab commit by commit. One
 * direction fits every row: latency in ns, and a rate as its time per item (1e9 / rate, e.g.
 * {@code ns/msg}); rows of other units (counts, ratios, bytes/s beside msgs/s) are left out.
 */
final class TrackerJson {
    private TrackerJson() {
    }

    static String of(Comparison c) {
        String side = c.labels().get(c.labels().size() - 1);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PairedRow r : c.rows()) {
            String unit = smallerIsBetterUnit(r.unit());
            if (!r.run().equals(side) || r.centre() == null || r.centre() <= 0 || unit == null) {
                continue;
            }
            boolean rate = !"ns".equals(r.unit());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", r.module() + "/" + r.caseName() + (r.params().isEmpty() ? "" : "/" + r.params()) + "/" + r.metric());
            entry.put("unit", unit);
            entry.put("value", rate ? 1e9 / r.centre() : r.centre());
            if (r.forkCentres() != null && r.forkCentres().size() >= 2) {
                double low = r.forkCentres().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double high = r.forkCentres().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                double spread = rate ? (1e9 / low - 1e9 / high) / 2 : (high - low) / 2;
                entry.put("range", "± " + Format.significant(spread, 4));
            }
            entry.put("extra", r.forks() + " forks; " + (c.labels().size() > 1 ? "vs " + c.labels().get(0) + ": "
                    + r.verdictText() : "baseline"));
            entries.add(entry);
        }
        try {
            return Json.MAPPER.writeValueAsString(entries) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tracker JSON cannot be written", e);
        }
    }

    /** ns stays; msgs/s becomes ns/msg, ops/s ns/op; anything else has no one direction and is left out. */
    private static String smallerIsBetterUnit(String unit) {
        return switch (unit == null ? "" : unit) {
            case "ns" -> "ns";
            case "msgs/s" -> "ns/msg";
            case "ops/s" -> "ns/op";
            default -> null;
        };
    }
}
