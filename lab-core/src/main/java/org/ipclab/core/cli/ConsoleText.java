package org.ipclab.core.cli;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * The console's one rule for characters: figures and notes are written with µ, ×, … and friends, and a
 * console whose encoding cannot show them (a {@code LANG=C} shell, a CI log in ASCII) gets ASCII
 * stand-ins instead of the {@code ?} the JVM would print. Files are UTF-8 and never pass through here.
 */
public final class ConsoleText {
    /** Stand-ins for the characters the lab prints; anything else the encoding lacks still becomes '?'. */
    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('µ', "u"), Map.entry('…', "..."), Map.entry('×', "x"), Map.entry('±', "+/-"),
            Map.entry('∞', "inf"), Map.entry('÷', "/"), Map.entry('·', "-"), Map.entry('←', "<-"),
            Map.entry('→', "->"), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('≥', ">="),
            Map.entry('≤', "<="), Map.entry('≈', "~"), Map.entry('├', "|"), Map.entry('┤', "|"),
            Map.entry('─', "-"), Map.entry('○', "o"), Map.entry('●', "*"), Map.entry('✓', "ok"));

    private ConsoleText() {
    }

    /**
     * The encoding the console shows for this stream ({@code stdout} or {@code stderr}): JDK 19+ names it
     * {@code stdout.encoding}; JDK 17 names it {@code sun.stdout.encoding} only on some terminals, and
     * otherwise prints in the default charset, which there follows the locale as {@code native.encoding} does.
     */
    public static Charset charsetOf(String stream) {
        for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name.strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // a name this JVM does not know: the next property decides
                }
            }
        }
        return Charset.defaultCharset();
    }

    /** The text with each character the encoder cannot write replaced by its ASCII stand-in. */
    public static String fit(String text, CharsetEncoder encoder) {
        if (text == null || encoder.canEncode(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String standIn = ASCII.get(c);
            b.append(standIn != null && !encoder.canEncode(c) ? standIn : String.valueOf(c));
        }
        return b.toString();
    }
}
