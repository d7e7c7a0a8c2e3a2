package org.ipclab.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The versions of the libraries the lab measures (Aeron, Agrona, Chronicle Queue, JCTools, Disruptor)
 * and measures with (HdrHistogram, JMH), for run.json: read from a resource the build filled in from
 * the parent pom's version properties, so the record names what the jar was built with.
 */
public final class Libraries {
    static final String RESOURCE = "libraries.properties";

    private Libraries() {
    }

    /** {@code group:artifact} to version, sorted by coordinate. */
    public static Map<String, String> measured() {
        Properties properties = new Properties();
        try (InputStream in = Libraries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + Libraries.class.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, String> versions = new TreeMap<>();
        properties.forEach((coordinate, version) -> {
            // An unfilled ${...} means the resource was copied without Maven's filtering: no version is known.
            if (version.toString().contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + coordinate + "=" + version);
            }
            versions.put(coordinate.toString(), version.toString());
        });
        return versions;
    }
}
