package org.ipclab.report.html;

import java.util.List;
import java.util.Map;
import org.ipclab.report.chart.Chart;

/** Builds self-contained HTML: inline CSS, no scripts, no external requests, so pages work from file://. */
public final class Html {
    private static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:24px auto;max-width:1240px;color:#222;padding:0 12px}
            h1{font-size:26px}h2{font-size:21px;margin-top:36px;border-bottom:1px solid #ccc}h3{font-size:17px}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
            th,td{border:1px solid #d0d0d0;padding:3px 7px;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            tr.diff td{background:#fff4d6}.warn{background:#fff4d6;border-left:4px solid #e0a000;padding:6px 10px}
            .slower{color:#b00020;font-weight:bold}.faster{color:#1b7a1b;font-weight:bold}.same{color:#777}td.verdict{white-space:nowrap}
            figure{margin:16px 0 28px}.finding{border-left:4px solid #59a14f;padding:4px 10px;background:#f1f8ef}.scroll{overflow-x:auto}nav a{margin-right:14px}.small{font-size:12px;color:#555}
            """;

    private Html() {
    }

    public static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>" + CSS + "</style></head>\n<body>\n" + body + "</body></html>\n";
    }

    public static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A table whose cells are already HTML (escape text cells with {@link #esc}). */
    public static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<div class=\"scroll\"><table><thead><tr>");
        headers.forEach(h -> t.append("<th>").append(esc(h)).append("</th>"));
        t.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            t.append("<tr>");
            row.forEach(c -> t.append(c.startsWith("<td") ? c : "<td>" + c + "</td>"));
            t.append("</tr>\n");
        }
        return t.append("</tbody></table></div>\n").toString();
    }

    /** A right-aligned numeric cell. */
    public static String num(String text) {
        return "<td class=\"num\">" + esc(text) + "</td>";
    }

    /** Key/value pairs as a two-column table. */
    public static String facts(Map<String, String> facts) {
        return table(List.of("", ""), facts.entrySet().stream().map(e -> List.of(esc(e.getKey()), esc(e.getValue()))).toList());
    }

    /** Charts grouped under one heading per module. */
    public static String charts(List<Chart> charts) {
        StringBuilder b = new StringBuilder();
        String module = null;
        for (Chart c : charts) {
            if (!c.module().equals(module)) {
                module = c.module();
                b.append("<h3 id=\"charts-").append(esc(module)).append("\">").append(esc(module)).append("</h3>\n");
            }
            b.append(c.isNote() ? "<p class=\"finding\">" + esc(c.title()) + "</p>\n" : "<figure>" + c.svg() + "</figure>\n");
        }
        return b.toString();
    }
}
