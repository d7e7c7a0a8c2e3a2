package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitTest {
    @ParameterizedTest
    @EnumSource(Unit.class)
    void shouldReadBackWhatItWrites(Unit unit) {
        assertEquals(unit, Unit.parse(unit.text()));
    }

    @Test
    void shouldWriteTheWordsSummaryCsvHasAlwaysHeld() {
        assertEquals("ns ops/s msgs/s bytes/s count ratio ", String.join(" ",
                Arrays.stream(Unit.values()).map(Unit::text).toList()));
        assertTrue(Unit.BYTES_PER_S.rate());
        assertFalse(Unit.COUNT.rate());
    }

    @Test
    void shouldRefuseAnUnknownUnitNamingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Unit.parse("x"));
        assertTrue(e.getMessage().contains("ratio"), e.getMessage());
    }
}
