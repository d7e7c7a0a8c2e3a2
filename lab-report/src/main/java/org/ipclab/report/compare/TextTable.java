package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A table of strings printed as aligned plain text or as a Markdown table. */
public record TextTable(List<String> headers, List<List<String>> rows, Set<Integer> rightAligned) {

    public String text() {
        int[] widths = widths();
        StringBuilder b = new StringBuilder();
        line(b, headers, widths, "  ");
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(b, rule, widths, "  ");
        rows.forEach(r -> line(b, r, widths, "  "));
        return b.toString();
    }

    String markdown() {
        StringBuilder b = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (int i = 0; i < headers.size(); i++) {
            b.append(rightAligned.contains(i) ? "---:|" : "---|");
        }
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                .append(" |\n"));
        return b.toString();
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        return widths;
    }

    private void line(StringBuilder b, List<String> cells, int[] widths, String gap) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            l.append(i == 0 ? "" : gap).append(rightAligned.contains(i) ? pad + c : c + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
