package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormatTest {
    private Locale before;

    @BeforeEach
    void commaDecimals() {
        // A locale that writes 1,5: every figure must still come out with a point.
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void shouldPrintConsoleLatencyWithOneDecimal() {
        assertEquals("-", Format.nanos(null));
        assertEquals("9999 ns", Format.nanos(9_999L));
        assertEquals("12.3 µs", Format.nanos(12_345L));
        assertEquals("45.7 ms", Format.nanos(45_678_901L));
    }

    @Test
    void shouldPrintConsoleRatesAndRatios() {
        assertEquals("-", Format.rate(null, "msgs/s"));
        assertEquals("1.23 Mmsgs/s", Format.rate(1_234_567.0, "msgs/s"));
        assertEquals("3.25×", Format.times(3.25));
        assertEquals("1,400×", Format.times(1400));
        assertEquals("2.3x", Format.multiple(2.31));
        assertEquals("2.3×", Format.multipleInText(2.31));
        assertEquals("42 s", Format.seconds(42.4));
        assertEquals("3:05", Format.seconds(185));
        assertEquals("12.3 s", Format.tenthsOfSeconds(12.34));
        assertEquals("1.5 MiB", Format.mebibytes(3L << 19));
    }

    @Test
    void shouldPrintThreeSignificantDigitsWithoutTrailingZeros() {
        assertEquals("950 ns", Format.time(950));
        assertEquals("1 µs", Format.time(999.6));
        assertEquals("1.25 µs", Format.time(1_250));
        assertEquals("12.5 ms", Format.time(12_500_000));
        assertEquals("3 s", Format.time(3e9));
        assertEquals("-", Format.time(Double.NaN));
        assertEquals("1.2k", Format.si(1_200));
        assertEquals("35M", Format.si(35e6));
        assertEquals("1G", Format.si(999.6e6));
        assertEquals("0.5", Format.si(0.5));
        assertEquals("1.2 µs", Format.inUnit(1_200, "ns"));
        assertEquals("1.2M msgs/s", Format.inUnit(1.2e6, "msgs/s"));
        assertEquals("7", Format.inUnit(7, ""));
    }

    @Test
    void shouldPrintPercentsAndStatistics() {
        assertEquals("+3.2%", Format.signedPercent(3.21));
        assertEquals("-0.4%", Format.signedPercent(-0.4));
        assertEquals("+10%", Format.signedWholePercent(10));
        assertEquals("15%", Format.wholePercent(14.6));
        assertEquals("50%", Format.percentile(50));
        assertEquals("99.99%", Format.percentile(99.99));
        assertEquals("0.042", Format.pValue(0.0421));
        assertEquals("2.0e-05", Format.pValue(0.00002));
        assertEquals("1.250", Format.significant(1.25, 4));
        assertEquals("3.14159e+06", Format.significant(3_141_592.6, 6));
    }
}
