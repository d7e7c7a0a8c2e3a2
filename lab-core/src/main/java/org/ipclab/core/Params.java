package org.ipclab.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A case's parameters, always sorted by key: written {@code k=v;k=v} in summary.csv. */
public final class Params implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Params NONE = new Params(new TreeMap<>());

    private final SortedMap<String, String> values;

    private Params(SortedMap<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** Pairs of key and value: {@code Params.of("transport", "pipe", "size", 64)}. */
    public static Params of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Params params = NONE;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params = params.with(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return params;
    }

    /** Parses the summary.csv form back. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Params parse(String text) {
        Params params = NONE;
        if (text == null || text.isEmpty()) {
            return params;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad params '" + text + "': expected k=v;k=v");
            }
            params = params.with(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }

    public Params with(String key, Object value) {
        String text = String.valueOf(value);
        if (!key.matches("[a-z][a-z0-9-]*") || !text.matches("[A-Za-z0-9._+-]+")) {
            throw new IllegalArgumentException("param " + key + "=" + text + " must be plain words (no ; = , or spaces)");
        }
        SortedMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, text);
        return new Params(copy);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing param '" + key + "' in " + this);
        }
        return value;
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** The form used in file names: {@code ;} becomes {@code _} and {@code =} becomes {@code -}. */
    public String fileSafe() {
        return toString().replace(';', '_').replace('=', '-');
    }

    @JsonValue
    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Params p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
