package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks that pages are self-contained: every local link resolves to a file and nothing is fetched from afar. */
final class SiteLinks {
    private static final Pattern REF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private SiteLinks() {
    }

    static int assertAllResolve(Path root) throws IOException {
        int checked = 0;
        try (Stream<Path> pages = Files.walk(root)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertTrue(!html.contains("<script"), page + " has a script");
                Matcher m = REF.matcher(html);
                while (m.find()) {
                    String href = m.group(1).replace("&amp;", "&");
                    assertTrue(!href.matches("(?i)^[a-z]+:.*"), page + " links off the machine: " + href);
                    String local = URLDecoder.decode(href.replaceAll("#.*$", ""), StandardCharsets.UTF_8);
                    if (!local.isEmpty()) {
                        Path target = page.getParent().resolve(local).normalize();
                        assertTrue(Files.isRegularFile(target), page + " links to a missing file: " + href);
                        checked++;
                    }
                }
            }
        }
        return checked;
    }
}
