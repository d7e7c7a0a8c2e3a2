package org.ipclab.core.calibration;

import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.Calibration;

/** Provides the floor measurement that opens every run. */
public final class CalibrationProvider implements CaseProvider {
    @Override
    public String module() {
        return Calibration.MODULE;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        return List.of(new CalibrationCase(suite));
    }
}
