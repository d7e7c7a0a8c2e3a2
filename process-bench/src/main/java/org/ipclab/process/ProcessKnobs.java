package org.ipclab.process;

import java.time.Duration;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;

/**
 * One case family's knobs as a record of typed values, checked when made: the one source of the
 * case's name, params, expected time and the suite-sized counts its run uses.
 */
public interface ProcessKnobs {

    /** The case name in summary.csv, e.g. {@code spawn}. */
    String caseName();

    Params params();

    /** About how long one fork of the case takes in its suite. */
    Duration expected();

    default CaseSpec spec() {
        return new CaseSpec(ProcessCases.MODULE, caseName(), params());
    }
}
