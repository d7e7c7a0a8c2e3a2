package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.ipclab.core.profile.ProfileOutcome;
import org.ipclab.core.profile.Profiler;
import org.ipclab.core.schema.CaseOutcome;
import org.ipclab.core.schema.JvmInfo;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.SteadyFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeFileTest {
    private static final CaseSpec SPEC = new CaseSpec("queue", "rtt", Params.of("transport", "uds", "size", 64));

    @TempDir
    Path dir;

    /** What the runner reads is what a JSON round trip gave before: equal rows, and a record fact as a map. */
    @Test
    void shouldReadBackTheOutcomeAsItsJsonRoundTripWouldGiveIt() throws IOException {
        Histogram ns = new Histogram(3);
        ns.recordValue(4_000);
        ns.recordValue(9_000);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("jvm", new JvmInfo(null, "vendor", "17.0.15", 17, null, List.of("-Xmx1g"), null, null, 2));
        facts.put("lostUpdateCheck", Map.of("threads", 2));
        CaseOutcome written = new CaseOutcome(
                List.of(ResultRow.latency(SPEC, "rtt", ns), ResultRow.failed(SPEC, "rtt", "peer-sigkill")),
                List.of("a warning"), facts, List.of("hist/x.hgrm"), List.of(new SteadyFacts("rtt", 12, 1.5, true, 0, 40L)),
                412.0, List.of(ProfileOutcome.skipped(Profiler.GC, "no-gc-log", "why")));
        Path file = dir.resolve(OutcomeFile.NAME);

        OutcomeFile.write(file, written);
        CaseOutcome read = OutcomeFile.read(file);

        CaseOutcome viaJson = Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(written), CaseOutcome.class);
        assertEquals(written.rows(), read.rows());
        assertEquals(RowStatus.failed("peer-sigkill"), read.rows().get(1).status());
        assertEquals(Json.MAPPER.writeValueAsString(viaJson), Json.MAPPER.writeValueAsString(read));
        assertTrue(read.facts().get("jvm") instanceof Map, "a record fact reads as the map JSON would give");
        assertEquals("17.0.15", ((Map<?, ?>) read.facts().get("jvm")).get("version"));
    }

    /** The file is only ever the case's outcome: any other class in it is refused, not instantiated. */
    @Test
    void shouldRefuseAFileHoldingClassesOtherThanTheLabsAndTheJdks() throws IOException {
        Path file = dir.resolve(OutcomeFile.NAME);
        try (OutputStream stream = Files.newOutputStream(file); ObjectOutputStream out = new ObjectOutputStream(stream)) {
            out.writeObject(new Histogram(3));
        }
        IOException refused = assertThrows(IOException.class, () -> OutcomeFile.read(file));
        assertTrue(refused instanceof InvalidClassException, refused.toString());
    }

    @Test
    void shouldSayWhatAFileOfTheWrongLabClassHolds() throws IOException {
        Path file = dir.resolve(OutcomeFile.NAME);
        try (OutputStream stream = Files.newOutputStream(file); ObjectOutputStream out = new ObjectOutputStream(stream)) {
            out.writeObject(RowStatus.OK);
        }
        IOException refused = assertThrows(IOException.class, () -> OutcomeFile.read(file));
        assertTrue(refused.getMessage().contains("holds no case outcome"), refused.getMessage());
    }
}
