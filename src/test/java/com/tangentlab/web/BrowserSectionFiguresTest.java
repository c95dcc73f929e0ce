package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.FigureCatalog;
import com.tangentlab.web.WebFixture.Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every live figure where students meet it, on the real section pages: drawn without an error,
 * each chart with its legend inside the picture, each table inside the text column, every check
 * passing at the figure's defaults; on a wide and on a narrow screen, and on a phone.
 */
class BrowserSectionFiguresTest {
    /** Width of the window the other browser tests use, where a section with exercises gives its text half. */
    private static final int WIDE = 1400;
    /** Tall enough that the tallest figure fits in the window for its screenshot; the height changes no layout. */
    private static final int TALL = 2600;
    /** A phone held upright, or a narrow browser window. */
    private static final int NARROW = 600;
    private static final int NARROW_HEIGHT = 1000;
    /** The width of a small phone's screen, where legends must wrap. */
    private static final int PHONE = 375;
    private static final Pattern FIGURE_BLOCK = Pattern.compile("```figure\\s*\\n\\s*(\\S+)\\s*\\n```");

    /**
     * Lists what reads badly in one drawn figure (arguments[0]): an error, a chart without its
     * picture or legend, a label cut off at the picture's edge, a legend entry reaching into the
     * plot or lying on a label, anything wider than the figure's box (a table inside it too,
     * unless arguments[1] lets tables scroll in their own box). Rectangles are compared with one
     * pixel of slack, the rounding of the browser's layout.
     */
    private static final String PROBLEMS = """
            const figure = arguments[0];
            const problems = [];
            const slack = 1;
            const error = figure.querySelector('.figure-error');
            if (!error.hidden || error.textContent) problems.push('error box: ' + error.textContent);
            const box = figure.getBoundingClientRect();
            for (const holder of figure.querySelectorAll('.figure-chart')) {
              const title = holder.getAttribute('aria-label');
              const svg = holder.querySelector('svg');
              if (!svg) { problems.push(title + ': no picture'); continue; }
              const chart = window.echarts.getInstanceByDom(holder);
              const option = chart.getOption();
              const frame = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')];
              for (const t of texts) {
                const r = t.getBoundingClientRect();
                if (r.width === 0) continue;
                if (r.left < frame.left - slack || r.right > frame.right + slack
                    || r.top < frame.top - slack || r.bottom > frame.bottom + slack) {
                  problems.push(title + ': cut off at the edge: "' + t.textContent + '"');
                }
              }
              if (option.series.length > 1) {
                const plotTop = frame.top + option.grid[0].top;
                const entries = [...holder.parentElement.querySelectorAll('.figure-legend li')];
                const labels = texts.filter((t) => t.getBoundingClientRect().width > 0);
                for (const s of option.series) {
                  const entry = entries.find((e) => e.textContent === s.name)?.getBoundingClientRect();
                  if (!entry) { problems.push(title + ': no legend entry "' + s.name + '"'); continue; }
                  if (entry.bottom > plotTop + slack) {
                    problems.push(title + ': legend entry "' + s.name + '" reaches into the plot');
                  }
                  for (const label of labels) {
                    const r = label.getBoundingClientRect();
                    if (r.left < entry.right - slack && entry.left < r.right - slack
                        && r.top < entry.bottom - slack && entry.top < r.bottom - slack) {
                      problems.push(title + ': legend entry "' + s.name + '" lies on "' + label.textContent + '"');
                    }
                  }
                }
              }
            }
            const tablesMayScroll = arguments[1];
            for (const table of figure.querySelectorAll('table')) {
              if (!tablesMayScroll && table.getBoundingClientRect().right > box.right + slack) {
                problems.push('table "' + table.caption.textContent + '" is wider than the figure');
              }
            }
            if (figure.scrollWidth > figure.clientWidth + slack) problems.push('content wider than the figure box');
            return problems;
            """;
    /**
     * When the page scrolls sideways: the outermost elements reaching beyond the window's right
     * edge that nothing clips (an element in a scrolling box or KaTeX's hidden MathML does not count).
     */
    private static final String BEYOND_THE_WINDOW = """
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return [];
            const edge = root.clientWidth;
            const clipped = (e) => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return true;
              }
              return false;
            };
            const beyond = [...document.body.querySelectorAll('*')]
              .filter((e) => e.getBoundingClientRect().right > edge + 1 && !clipped(e));
            const tex = (e) => e.closest('.katex')?.querySelector('annotation')?.textContent;
            return beyond.filter((e) => !beyond.includes(e.parentElement))
              .map((e) => (tex(e) ? 'formula ' + tex(e) : e.tagName.toLowerCase()) + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.replace(/ +/g, '.') : '')
                + ' (' + Math.round(e.getBoundingClientRect().right - edge) + ' px)');
            """;
    /** How many rows the first chart legend of a figure (arguments[0]) takes, as laid out. */
    private static final String LEGEND_ROWS = """
            const entries = [...arguments[0].querySelectorAll('.figure-legend')[0].children];
            return new Set(entries.map((e) => Math.round(e.getBoundingClientRect().top))).size;
            """;
    private static final String RIGHT_EDGE_OVERFLOW =
            "return arguments[0].getBoundingClientRect().right - document.documentElement.clientWidth;";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w).signedInAs("alice");

    private static Client alice;

    private Browser browser;

    @BeforeAll
    static void signInTheClient() throws IOException, InterruptedException {
        alice = web.server().signedIn("alice");
    }

    @BeforeEach
    void useTheBrowser(Browser browser) {
        this.browser = browser;
    }

    @Test
    void everyFigureOfEverySectionIsDrawnWholeAndPassesItsChecksAtItsDefaults() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(WIDE, TALL));
        List<String> problems = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Map.Entry<String, List<String>> section : figuresBySection().entrySet()) {
            openSection(section.getKey());
            for (String id : section.getValue()) {
                WebElement figure = drawn(id);
                problems.addAll(problemsOf("section " + section.getKey() + ", " + id, figure));
                problems.addAll(blocksAgainstTheServer(id, figure));
                browser.screenshot("figure-" + id, figure);
                seen.add(id);
            }
        }
        assertEquals(new TreeSet<>(figureIds()), seen, "every figure of the chapter is placed on a section page");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void onANarrowScreenEveryFigureFitsThePage() throws Exception {
        List<String> problems = everyFigureAtTheWidth(NARROW, NARROW_HEIGHT, "narrow", false);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * On a phone legends wrap onto several rows (at least one figure's does, or this test would
     * prove nothing): the plot and its labels still start below the legend's last row. A matrix
     * table is wider than a phone and scrolls in its own box.
     */
    @Test
    void onAPhoneEveryLegendWrapsAboveItsPlotAndEveryFigureFitsThePage() throws Exception {
        List<String> problems = everyFigureAtTheWidth(PHONE, NARROW_HEIGHT, "phone", true);
        openSection("5");
        long rows = ((Number) browser.driver.executeScript(LEGEND_ROWS, drawn("gradient-flow"))).longValue();
        assertTrue(rows > 1, "the gradient-flow legend wraps on a phone: " + rows + " row(s)");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Opens every section with figures in a window of the given size and lists what reads badly;
     * where {@code tablesMayScroll}, a table wider than the column scrolls in its own box (the page
     * itself must still not scroll sideways).
     */
    private List<String> everyFigureAtTheWidth(int width, int height, String name, boolean tablesMayScroll)
            throws Exception {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : figuresBySection().entrySet()) {
            openSection(section.getKey());
            for (String id : section.getValue()) {
                WebElement figure = drawn(id);
                String where = name + ", section " + section.getKey() + ", " + id;
                problems.addAll(problemsOf(where, figure, tablesMayScroll));
                long beyond = ((Number) browser.driver.executeScript(RIGHT_EDGE_OVERFLOW, figure)).longValue();
                if (beyond > 0) problems.add(where + ": reaches " + beyond + " px beyond the window");
                browser.screenshot(name + "-figure-" + id, figure);
            }
            for (Object e : (List<?>) browser.driver.executeScript(BEYOND_THE_WINDOW)) {
                problems.add(name + ", section " + section.getKey() + ": beyond the window: " + e);
            }
        }
        return problems;
    }

    /**
     * Section 9 has two figures with two sliders each: pushing one figure's learning rate past
     * 2/λmax recomputes that figure only, and its contraction check then fails, as designed.
     */
    @Test
    void aSliderRecomputesItsOwnFigureOnAPageWithSeveralSliders() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(WIDE, TALL));
        openSection("9");
        WebElement paths = drawn("newton-vs-gd");
        drawn("newton-vs-gd-convergence");
        assertEquals(4, browser.driver.findElements(By.cssSelector(".figure input[type=range]")).size());
        String otherLegend = legendText("newton-vs-gd-convergence");
        assertTrue(otherLegend.contains("η = 0.0768"), otherLegend);

        WebElement rate = paths.findElement(By.cssSelector("input[type=range][name=rate]"));
        for (int i = 0; i < 10; i++) rate.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("1.06", paths.findElement(By.cssSelector("output[for=\"figure-newton-vs-gd-rate\"]")).getText());
        browser.wait.until(d -> legendText("newton-vs-gd").contains("η = 0.0848"));
        WebElement contraction = browser.driver.findElement(By.cssSelector(
                "[data-figure=\"newton-vs-gd\"] .figure-checks li:nth-child(2)"));
        assertEquals("FAIL", contraction.findElement(By.className("badge")).getText());
        assertTrue(contraction.getText().contains("max |1 − ηλ| = 1.1200"), contraction.getText());
        assertEquals(otherLegend, legendText("newton-vs-gd-convergence"), "the other figure is left as it was");
        browser.screenshot("figure-slider-moved-newton-vs-gd", figure("newton-vs-gd"));
    }

    private void openSection(String number) {
        browser.open("/section.html?section=" + number);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text h1")));
    }

    private WebElement figure(String id) {
        return browser.driver.findElement(By.cssSelector("[data-figure=\"" + id + "\"]"));
    }

    private WebElement drawn(String id) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-figure=\"" + id + "\"][aria-busy=\"false\"]")));
        WebElement f = figure(id);
        browser.driver.executeScript("arguments[0].scrollIntoView()", f);
        return f;
    }

    /** Read in one script: a recomputed figure replaces its legend between two driver calls. */
    private String legendText(String id) {
        return (String) browser.driver.executeScript(
                "return document.querySelector(arguments[0]).innerText;", "[data-figure=\"" + id + "\"] .figure-legend");
    }

    private List<String> problemsOf(String where, WebElement figure) {
        return problemsOf(where, figure, false);
    }

    private List<String> problemsOf(String where, WebElement figure, boolean tablesMayScroll) {
        List<String> found = new ArrayList<>();
        for (Object p : (List<?>) browser.driver.executeScript(PROBLEMS, figure, tablesMayScroll)) {
            found.add(where + ": " + p);
        }
        return found;
    }

    /** The figure as drawn holds every block the server computed, and every check reads PASS. */
    private List<String> blocksAgainstTheServer(String id, WebElement figure) throws Exception {
        JsonNode plot = alice.get("/api/figures/" + id).json();
        int charts = 0;
        int tables = 0;
        int checks = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode block : plot.get("blocks")) {
            switch (block.get("type").asText()) {
                case "chart" -> charts++;
                case "table" -> tables++;
                default -> {
                    for (JsonNode c : block.get("checks")) {
                        checks++;
                        if (!c.get("pass").asBoolean()) problems.add(id + ": check fails at the defaults: " + c);
                    }
                }
            }
        }
        assertEquals(charts, figure.findElements(By.cssSelector(".figure-chart svg")).size(), id + ": charts");
        assertEquals(tables, figure.findElements(By.cssSelector("table.figure-table")).size(), id + ": tables");
        List<WebElement> badges = figure.findElements(By.cssSelector(".figure-checks .badge"));
        assertEquals(checks, badges.size(), id + ": checks");
        for (WebElement badge : badges) {
            if (!badge.getText().equals("PASS")) problems.add(id + ": a check reads " + badge.getText());
        }
        return problems;
    }

    /** Section number to the figures its theory places, in reading order, from the sections' own text. */
    private static Map<String, List<String>> figuresBySection() throws Exception {
        Map<String, List<String>> placed = new LinkedHashMap<>();
        for (JsonNode s : alice.get("/api/sections").json()) {
            String number = s.get("section").asText();
            Matcher m = FIGURE_BLOCK.matcher(alice.get("/api/sections/" + number).json().get("theory").asText());
            List<String> ids = new ArrayList<>();
            while (m.find()) ids.add(m.group(1));
            if (!ids.isEmpty()) placed.put(number, ids);
        }
        return placed;
    }

    private static List<String> figureIds() {
        return FigureCatalog.chapter().all().stream()
                .map(Figure::id).toList();
    }
}
