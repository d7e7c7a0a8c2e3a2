package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipclab.report.html.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published site as a browser sees it: every page renders its charts, logs nothing and asks for nothing afar. */
@Tag("browser")
class PublishedSiteInBrowserTest {
    private static final Pattern SVG = Pattern.compile("<svg[\\s>]");
    private static final Pattern DRAWN = Pattern.compile("<(path|polyline|rect|circle)\\s[^>]*>");

    @TempDir
    Path temp;
    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() throws IOException {
        if (!HeadlessChromium.present()) {
            System.out.println("SKIPPED PublishedSiteInBrowserTest: " + HeadlessChromium.BINARY
                    + " is absent (apt-get install chromium to run it)");
        }
        assumeTrue(HeadlessChromium.present(), HeadlessChromium.BINARY + " is absent");
        chromium = new HeadlessChromium(Files.createDirectories(temp.resolve("profile")));
    }

    @Test
    void shouldRenderEveryPublishedPageWithItsChartsAndNoConsoleMessage() throws Exception {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path b = SampleRuns.standard(temp.resolve("b"), "run-b", 1.15);
        Path site = temp.resolve("site");
        assertEquals(0, CliResult.run(new PublishCommand(), a.toString(), b.toString(), "--out", site.toString()).exitCode());
        assertTrue(SiteLinks.assertAllResolve(site) > 50, "every link resolves");

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 7, "index, a page per module and per run: " + pages);
        int charts = 0;
        for (Path page : pages) {
            String html = Files.readString(page);
            assertFalse(Pattern.compile("(?i)https?://").matcher(html).find(), page + " names an http(s) address");
            HeadlessChromium.Rendered rendered = chromium.render(page);
            assertTrue(rendered.dom().contains("</html>"), page + " did not render");
            assertEquals(List.of(), rendered.consoleMessages(), page + " logged to the console");
            assertEquals(count(SVG, html), count(SVG, rendered.dom()), page + ": every chart is in the rendered DOM");
            charts += count(SVG, rendered.dom());
        }
        assertTrue(charts > 20, "charts across the site: " + charts);
        String queue = chromium.render(site.resolve("modules/queue.html")).dom();
        assertTrue(count(DRAWN, queue) > 100, "the queue page's charts hold drawn shapes");
    }

    /** The landing chart as the browser drew it: one change mark per compared run and module, as in the page's source. */
    @Test
    void shouldDrawTheLandingChartWithAMarkPerRunAndModule() throws Exception {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 3, 0.02, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.15, 3, 0.02, 2);
        Path site = temp.resolve("site");
        assertEquals(0, CliResult.run(new PublishCommand(), a.toString(), b.toString(), "--out", site.toString()).exitCode());

        HeadlessChromium.Rendered rendered = chromium.render(site.resolve("index.html"));

        assertEquals(List.of(), rendered.consoleMessages());
        HeadlineMarks drawn = HeadlineMarks.of(rendered.dom());
        assertEquals(HeadlineMarks.of(Files.readString(site.resolve("index.html"))), drawn, "the browser keeps every mark");
        assertEquals(4, drawn.changes().size(), "calibration, queue, lock and process for run B: " + drawn);
        assertEquals(4, drawn.intervals(), "an interval on every mark (calibration's one row: its own): " + drawn);
    }

    @Test
    void shouldNoticeAConsoleMessageWhenAPageTriesToFetchFromAfar() throws Exception {
        // The check above is only worth something if a violating page is caught: the pages' own policy must refuse this.
        Path page = Files.writeString(temp.resolve("bad.html"),
                Html.page("bad", "<img src=\"https://example.com/x.png\" alt=\"\">"));

        HeadlessChromium.Rendered rendered = chromium.render(page);

        assertEquals(1, rendered.consoleMessages().size(), rendered.consoleMessages().toString());
        assertTrue(rendered.consoleMessages().get(0).contains("Content Security Policy"), rendered.consoleMessages().get(0));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
