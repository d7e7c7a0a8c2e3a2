package org.ipclab.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one case produced: its summary rows, warnings a reader must see (oversubscribed spinners,
 * a target rate not reached), and facts worth keeping in run.json (placement, batching, retries).
 */
public final class CaseResult {
    private final List<ResultRow> rows = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public CaseResult add(ResultRow row) {
        rows.add(row);
        return this;
    }

    public CaseResult warn(String warning) {
        warnings.add(warning);
        return this;
    }

    public CaseResult fact(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public List<ResultRow> rows() {
        return rows;
    }

    public List<String> warnings() {
        return warnings;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
