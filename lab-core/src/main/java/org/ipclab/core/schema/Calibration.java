package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.ipclab.core.ResultRow;

/**
 * The machine floor the calibration case measured, as run.json's {@code environment.calibration}
 * holds it: each figure is there only where its row ended ok.
 *
 * @param floorRttP50Ns median round trip of one cache line between two JVMs: the floor for channels
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Calibration(Long floorRttP50Ns, Long floorRttP99Ns, Long floorRttCount, Double nanoTimeNs,
                          Double recordNs) {
    /** The module of the calibration rows in summary.csv. */
    public static final String MODULE = "calibration";
    public static final Calibration NONE = new Calibration(null, null, null, null, null);

    /** The figures of the calibration case's rows (metrics rtt, nanotime, record) that ended ok. */
    public static Calibration of(List<ResultRow> rows) {
        Calibration c = NONE;
        for (ResultRow row : rows) {
            if (!row.ok()) {
                continue;
            }
            switch (row.metric()) {
                case "rtt" -> c = new Calibration(row.p50(), row.p99(), row.count(), c.nanoTimeNs, c.recordNs);
                case "nanotime" -> c = new Calibration(c.floorRttP50Ns, c.floorRttP99Ns, c.floorRttCount, row.mean(), c.recordNs);
                case "record" -> c = new Calibration(c.floorRttP50Ns, c.floorRttP99Ns, c.floorRttCount, c.nanoTimeNs, row.mean());
                default -> { }
            }
        }
        return c;
    }
}
