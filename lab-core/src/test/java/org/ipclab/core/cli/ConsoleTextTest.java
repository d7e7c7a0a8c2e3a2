package org.ipclab.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {
    private static final String FIGURES = "12.3 µs … 3.25× ±3% ÷ floor · ∞";

    @Test
    void shouldPrintAsciiStandInsWhereTheEncodingLacksTheCharacter() {
        assertEquals("12.3 us ... 3.25x +/-3% / floor - inf", ConsoleText.fit(FIGURES, StandardCharsets.US_ASCII.newEncoder()));
        // Latin-1 has µ, × and ± but no ellipsis: only what it lacks is replaced.
        assertEquals("12.3 µs ... 3.25× ±3% ÷ floor · inf", ConsoleText.fit(FIGURES, StandardCharsets.ISO_8859_1.newEncoder()));
    }

    @Test
    void shouldLeaveTextAloneWhenTheEncodingHasEveryCharacter() {
        assertEquals(FIGURES, ConsoleText.fit(FIGURES, StandardCharsets.UTF_8.newEncoder()));
    }

    @Test
    void shouldReplaceThroughEveryWayOfPrintingOnAnAsciiConsole() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleStream stream = new ConsoleStream(bytes, StandardCharsets.US_ASCII);
        stream.print("a µ");
        stream.print('×');
        stream.print(new char[] {'…'});
        stream.print((Object) "±");
        stream.println(" b µs");
        stream.printf("%.1f µs%n", 1.5);
        stream.append("c ×").append('…');
        PrintWriter picocli = stream.writer();
        picocli.println("help: ±PCT percent");
        picocli.flush();

        String text = bytes.toString(StandardCharsets.US_ASCII);
        assertEquals("a ux...+/- b us\n1.5 us\nc x...help: +/-PCT percent\n", text.replace(System.lineSeparator(), "\n"));
        assertFalse(text.contains("?"), text);
    }

    @Test
    void shouldKeepTheCharactersOnAUtf8Console() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleStream stream = new ConsoleStream(bytes, StandardCharsets.UTF_8);
        stream.printf("%s%n", FIGURES);
        assertEquals(FIGURES + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldTakeTheStreamsOwnEncodingFirstThenTheLocales() {
        String own = "ipclabtest.encoding";
        String jdk17 = "sun.ipclabtest.encoding";
        try {
            System.setProperty(own, "US-ASCII");
            System.setProperty(jdk17, "UTF-8");
            assertEquals(StandardCharsets.US_ASCII, ConsoleText.charsetOf("ipclabtest"));
            System.setProperty(own, "no-such-charset");
            assertEquals(StandardCharsets.UTF_8, ConsoleText.charsetOf("ipclabtest"), "an unknown name: the next property");
            System.clearProperty(own);
            System.clearProperty(jdk17);
            assertEquals(Charset.forName(System.getProperty("native.encoding")), ConsoleText.charsetOf("ipclabtest"));
        } finally {
            System.clearProperty(own);
            System.clearProperty(jdk17);
        }
    }

    @Test
    void shouldTellATerminalDeviceFromAFileOrAPipe() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
        assertFalse(Terminal.isTerminalDevice("pipe:[123456]"));
        assertFalse(Terminal.isTerminalDevice("/tmp/console.txt"));
    }
}
