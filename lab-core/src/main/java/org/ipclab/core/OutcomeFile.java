package org.ipclab.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.schema.CaseOutcome;

/**
 * The file a case JVM leaves its {@link CaseOutcome} in for the runner. Java serialization, not JSON: a fresh
 * case JVM spent 0.15-0.2 s of every fork building Jackson's mapper and serializers for the one object it
 * writes, against 0.03-0.05 s this way. The runner, whose mapper is warm, turns what it reads into the shapes
 * a JSON round trip gives (a record fact becomes a map), so run.json and everything reading facts see no change.
 */
public final class OutcomeFile {
    public static final String NAME = "result.ser";
    /** Only the lab's own classes and the JDK's basic ones: nothing else has a reason to be in the file. */
    private static final ObjectInputFilter LAB_AND_JDK_ONLY =
            ObjectInputFilter.Config.createFilter("maxdepth=32;org.ipclab.**;java.base/*;!*");

    private OutcomeFile() {
    }

    /** @throws java.io.NotSerializableException when a fact's value is not serializable (the case's bug) */
    public static void write(Path file, CaseOutcome outcome) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(outcome);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    public static CaseOutcome read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file); ObjectInputStream in = new ObjectInputStream(stream)) {
            in.setObjectInputFilter(LAB_AND_JDK_ONLY);
            return Json.MAPPER.convertValue((CaseOutcome) in.readObject(), CaseOutcome.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + " holds no case outcome: " + e.getMessage(), e);
        }
    }
}
