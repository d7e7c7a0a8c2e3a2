package org.ipclab.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The landing page's headline chart read with an XML parser: its change marks and row labels, as drawn. */
record HeadlineMarks(List<String> changes, List<String> labels, int intervals) {
    private static final String FIGURE = "<figure id=\"headline\">";

    /** The chart inside {@code <figure id="headline">}, or null when the page has none. */
    static HeadlineMarks of(String html) throws Exception {
        int start = html.indexOf(FIGURE);
        if (start < 0) {
            return null;
        }
        String svg = html.substring(start + FIGURE.length(), html.indexOf("</figure>", start));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        List<String> changes = new ArrayList<>();
        NodeList rects = root.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            String title = titleOf((Element) rects.item(i));
            if (title.startsWith("change ")) {
                changes.add(title);
            }
        }
        List<String> labels = new ArrayList<>();
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if ("end".equals(text.getAttribute("text-anchor"))) {
                labels.add(titleOf(text));
            }
        }
        int intervals = 0;
        NodeList paths = root.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            intervals += titleOf((Element) paths.item(i)).startsWith("95% CI") ? 1 : 0;
        }
        return new HeadlineMarks(changes, labels, intervals);
    }

    private static String titleOf(Element e) {
        NodeList titles = e.getElementsByTagName("title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent();
    }

    /** The change a mark stands for, in percent: "change +15.2% ..." gives 15.2. */
    static double percent(String change) {
        return Double.parseDouble(change.substring("change ".length(), change.indexOf('%')));
    }
}
