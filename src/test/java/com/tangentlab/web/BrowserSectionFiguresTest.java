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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every live figure where students meet it, on the real section pages: drawn without an error,
 * each chart with its legend inside the picture, each table inside the text column, every check
 * passing at the figure's defaults; on a wide and on a narrow screen.
 */
class BrowserSectionFiguresTest {
    /** Width of the window the other browser tests use, where a section with exercises gives its text half. */
    private static final int WIDE = 1400;
    /** Tall enough that the tallest figure fits in the window for its screenshot; the height changes no layout. */
    private static final int TALL = 2600;
    /** A phone held upright, or a narrow browser window. */
    private static final int NARROW = 600;
    private static final int NARROW_HEIGHT = 1000;
    private static final Pattern FIGURE_BLOCK = Pattern.compile("```figure\\s*\\n\\s*(\\S+)\\s*\\n```");

    /**
     * Lists what reads badly in one drawn figure (arguments[0]): an error, a chart without its
     * picture or legend, a label cut off at the picture's edge, a legend reaching into the plot,
     * anything wider than the figure's box. Rectangles are compared with one pixel of slack, the
     * rounding of the browser's layout.
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
                const legendBottom = frame.top + option.grid[0].top;
                for (const s of option.series) {
                  // The legend is at the top: an axis may carry the same words lower down.
                  const entry = texts.filter((t) => t.textContent === s.name)
                    .map((t) => t.getBoundingClientRect()).sort((p, q) => p.top - q.top)[0];
                  if (!entry) { problems.push(title + ': no legend entry "' + s.name + '"'); continue; }
                  if (entry.bottom > legendBottom + slack) {
                    problems.push(title + ': legend entry "' + s.name + '" reaches into the plot');
                  }
                }
              }
            }
            for (const table of figure.querySelectorAll('table')) {
              if (table.getBoundingClientRect().right > box.right + slack) {
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
    private static final String RIGHT_EDGE_OVERFLOW =
            "return arguments[0].getBoundingClientRect().right - document.documentElement.clientWidth;";

    private static WebFixture server;
    private static Client alice;

    private Browser browser;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Browser.requireChromium();
        server = WebFixture.start(web -> web);
        alice = server.signedIn("alice");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser(server);
        browser.signIn("alice", server.password("alice"));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
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
        browser.driver.manage().window().setSize(new Dimension(NARROW, NARROW_HEIGHT));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : figuresBySection().entrySet()) {
            openSection(section.getKey());
            for (String id : section.getValue()) {
                WebElement figure = drawn(id);
                String where = "narrow, section " + section.getKey() + ", " + id;
                problems.addAll(problemsOf(where, figure));
                long beyond = ((Number) browser.driver.executeScript(RIGHT_EDGE_OVERFLOW, figure)).longValue();
                if (beyond > 0) problems.add(where + ": reaches " + beyond + " px beyond the window");
                browser.screenshot("narrow-figure-" + id, figure);
            }
            for (Object e : (List<?>) browser.driver.executeScript(BEYOND_THE_WINDOW)) {
                problems.add("narrow, section " + section.getKey() + ": beyond the window: " + e);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
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
        String otherLegend = chartText("newton-vs-gd-convergence");
        assertTrue(otherLegend.contains("η = 0.0768"), otherLegend);

        WebElement rate = paths.findElement(By.cssSelector("input[type=range][name=rate]"));
        for (int i = 0; i < 10; i++) rate.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("1.06", paths.findElement(By.cssSelector("output[for=\"figure-newton-vs-gd-rate\"]")).getText());
        browser.wait.until(d -> chartText("newton-vs-gd").contains("η = 0.0848"));
        WebElement contraction = browser.driver.findElement(By.cssSelector(
                "[data-figure=\"newton-vs-gd\"] .figure-checks li:nth-child(2)"));
        assertEquals("FAIL", contraction.findElement(By.className("badge")).getText());
        assertTrue(contraction.getText().contains("max |1 − ηλ| = 1.1200"), contraction.getText());
        assertEquals(otherLegend, chartText("newton-vs-gd-convergence"), "the other figure is left as it was");
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

    private String chartText(String id) {
        return figure(id).findElement(By.cssSelector(".figure-chart svg")).getText();
    }

    private List<String> problemsOf(String where, WebElement figure) {
        List<String> found = new ArrayList<>();
        for (Object p : (List<?>) browser.driver.executeScript(PROBLEMS, figure)) found.add(where + ": " + p);
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
