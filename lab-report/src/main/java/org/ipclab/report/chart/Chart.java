package org.ipclab.report.chart;

/**
 * A finished chart: the module it belongs to, its title (for headings and links) and its SVG; a chart
 * with no SVG is a one-line finding whose title says it all.
 */
public record Chart(String module, String title, String svg) {
    public static Chart note(String module, String sentence) {
        return new Chart(module, sentence, "");
    }

    public boolean isNote() {
        return svg.isEmpty();
    }
}
