package org.ipclab.report.chart;

import java.util.List;
import java.util.OptionalDouble;
import org.ipclab.report.read.MeasuredRow;

/** The rows of one run to chart, with the run's label ("" when only one run is shown) and its floor. */
public record RunRows(String label, List<MeasuredRow> rows, OptionalDouble floorNs) {

    /** Prefixes a series name with the run's label when several runs share a chart. */
    String name(String series) {
        return label.isEmpty() ? series : label + " · " + series;
    }
}
