package org.ipclab.report.chart;

/** A finished chart: the module it belongs to, its title (for headings and links) and its SVG. */
public record Chart(String module, String title, String svg) {
}
