package org.ipclab.report.chart;

import java.util.Locale;

/** Small helpers for writing SVG by hand: escaping, coordinates and the colour palette. */
final class Svg {
    /** Colour-blind-friendly categorical palette (Tableau 10). */
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    static final String FONT = "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"";

    private Svg() {
    }

    /** How many series can be told apart by colour alone. */
    static int colours() {
        return PALETTE.length;
    }

    static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Series beyond the palette are told apart by dashes as well as colour. */
    static String dash(int index) {
        return index < PALETTE.length ? "" : " stroke-dasharray=\"" + (index / PALETTE.length * 4 + 2) + ",3\"";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String open(int width, int height, String title) {
        // Inline in HTML, an <svg> needs no namespace URL, so the pages hold no http(s) address at all.
        return "<svg viewBox=\"0 0 " + width + " " + height + "\" width=\"100%\""
                + " style=\"max-width:" + width + "px\" role=\"img\" aria-label=\"" + esc(title) + "\" " + FONT + ">\n"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>\n"
                + "<text x=\"" + width / 2 + "\" y=\"28\" text-anchor=\"middle\" font-size=\"19\" font-weight=\"bold\">"
                + esc(title) + "</text>\n";
    }

    static String text(double x, double y, String anchor, int size, String body) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\">"
                + esc(body) + "</text>\n";
    }
}
