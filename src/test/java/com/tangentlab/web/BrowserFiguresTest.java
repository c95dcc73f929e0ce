package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Figure blocks of a theory text in a real browser: Markdown with ```figure blocks goes through
 * the page's own renderer, then the figures are mounted, drawn, and recomputed from a slider.
 * Every figure on its own section page is checked by {@link BrowserSectionFiguresTest}.
 */
class BrowserFiguresTest {
    /** Whether the chart of figure arguments[0] shows the series named arguments[1]. */
    private static final String SHOWN = "const holder = arguments[0].querySelector('.figure-chart');"
            + "return window.echarts.getInstanceByDom(holder).getOption().legend[0].selected[arguments[1]];";

    /**
     * What each kind of text on a section page is drawn in: the families the stylesheet names,
     * installed from Debian's DejaVu packages, not a web font and not a fallback.
     */
    private static final Map<String, String> FONT_OF = Map.of(
            "#text p", "DejaVu Sans",
            ".figure-caption", "DejaVu Sans",
            ".figure-legend .name", "DejaVu Sans",
            ".figure-chart svg text", "DejaVu Sans",
            "table.figure-table td", "DejaVu Sans",
            ".figure-checks .check-detail", "DejaVu Sans Mono",
            ".CodeMirror-line", "DejaVu Sans Mono");

    /** The font stacks of the elements matching arguments[0] that do not start with the family arguments[1]. */
    private static final String NOT_NAMING = "return [...document.querySelectorAll(arguments[0])]"
            + ".map((e) => getComputedStyle(e).fontFamily)"
            + ".filter((f) => f.split(',')[0].trim().replace(/\"/g, '') !== arguments[1]);";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w).signedInAs("alice");

    /** Renders Markdown holding the given figure blocks at the top of the section's text column. */
    private static void renderTheory(Browser browser, List<String> ids) {
        StringBuilder markdown = new StringBuilder("## Figures\n\nSome text before the figures.\n\n");
        for (String id : ids) markdown.append("```figure\n").append(id).append("\n```\n\n");
        String script = "const done = arguments[arguments.length - 1];"
                + "const box = document.createElement('section'); box.id = 'theory';"
                + "document.getElementById('text').prepend(box);"
                + "Promise.all([import('/js/render.js'), import('/js/figure.js')]).then(([render, figures]) => {"
                + "  render.renderStatement(arguments[0], box); figures.mountFigures(box); done('mounted');"
                + "}, (e) => done(String(e)));";
        Object result = ((JavascriptExecutor) browser.driver).executeAsyncScript(script, markdown.toString());
        assertEquals("mounted", result);
    }

    private static WebElement figure(Browser browser, String id) {
        return browser.driver.findElement(By.cssSelector("[data-figure=\"" + id + "\"]"));
    }

    private static WebElement drawn(Browser browser, String id) {
        String box = "[data-figure=\"" + id + "\"]";
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(box + "[aria-busy=\"false\"]")));
        WebElement f = figure(browser, id);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", f);
        return f;
    }

    @Test
    void aChartATableAndPassBadgesAppearAndASliderRecomputesTheFigure(Browser browser) throws IOException {
        browser.openSection("3");
        renderTheory(browser, List.of("gradient-flow", "softmax-jacobian", "no-such-figure"));

        WebElement flow = drawn(browser, "gradient-flow");
        assertEquals(1, flow.findElements(By.cssSelector(".figure-chart svg")).size(), "the chart is drawn");
        String legend = flow.findElement(By.cssSelector(".figure-legend")).getText();
        assertTrue(legend.contains("N(0, 1/n), Xavier: stable"), "legend: " + legend);
        assertTrue(legend.contains("ideal = 1"), "legend: " + legend);
        WebElement ideal = flow.findElement(By.xpath(".//ul[@class='figure-legend']//button[normalize-space(.)='ideal = 1']"));
        ideal.click();
        assertEquals("false", ideal.getAttribute("aria-pressed"));
        assertEquals(false, ((JavascriptExecutor) browser.driver).executeScript(SHOWN, flow, "ideal = 1"),
                "a click on a legend entry hides its series");
        ideal.click();
        assertEquals(true, ((JavascriptExecutor) browser.driver).executeScript(SHOWN, flow, "ideal = 1"),
                "a second click shows it again");
        assertEquals("At depth 30", flow.findElement(By.cssSelector(".figure-table caption")).getText());
        WebElement slider = flow.findElement(By.cssSelector("input[type=range][name=depth]"));
        assertEquals("depth L", flow.findElement(By.cssSelector(".figure-slider label")).getText());
        for (int i = 0; i < 5; i++) slider.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("35", flow.findElement(By.cssSelector(".figure-slider output")).getText());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-figure=\"gradient-flow\"] .figure-table caption"), "At depth 35"));
        assertTrue(figure(browser, "gradient-flow").findElement(By.className("figure-caption")).getText().contains("depth 35"));
        browser.screenshot("figure-slider-moved", figure(browser, "gradient-flow"));

        WebElement softmax = drawn(browser, "softmax-jacobian");
        List<WebElement> cells = softmax.findElements(By.cssSelector(".figure-table td"));
        assertTrue(cells.stream().anyMatch(c -> c.getText().equals("0.180769")), "the J table");
        List<WebElement> badges = softmax.findElements(By.cssSelector(".figure-checks li .badge"));
        assertEquals(5, badges.size());
        assertTrue(badges.stream().allMatch(b -> b.getText().equals("PASS")));

        WebElement missing = drawn(browser, "no-such-figure");
        WebElement error = missing.findElement(By.className("figure-error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("there is no figure 'no-such-figure'"), error.getText());
        browser.screenshot("figure-error", missing);
    }

    @Test
    void everyTextOfASectionPageIsDrawnInTheFontTheStylesheetNames(Browser browser) {
        browser.openSection("3");
        renderTheory(browser, List.of("gradient-flow", "softmax-jacobian"));
        drawn(browser, "gradient-flow");
        drawn(browser, "softmax-jacobian");
        browser.driver.executeCdpCommand("DOM.enable", Map.of());
        browser.driver.executeCdpCommand("CSS.enable", Map.of());
        Object root = ((Map<?, ?>) browser.driver.executeCdpCommand("DOM.getDocument", Map.of()).get("root")).get("nodeId");
        for (Map.Entry<String, String> kind : FONT_OF.entrySet()) {
            Map<String, Object> found = browser.driver.executeCdpCommand("DOM.querySelectorAll",
                    Map.of("nodeId", root, "selector", kind.getKey()));
            List<?> nodes = (List<?>) found.get("nodeIds");
            assertTrue(!nodes.isEmpty(), "the page has " + kind.getKey());
            assertEquals(List.of(), ((JavascriptExecutor) browser.driver).executeScript(NOT_NAMING, kind.getKey(),
                    kind.getValue()), kind.getKey() + ": the stylesheet names " + kind.getValue() + " first");
            TreeSet<String> fonts = new TreeSet<>();
            for (Object node : nodes) {
                Map<String, Object> used = browser.driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                        Map.of("nodeId", node));
                for (Object font : (List<?>) used.get("fonts")) {
                    Map<?, ?> f = (Map<?, ?>) font;
                    fonts.add(f.get("familyName") + (Boolean.TRUE.equals(f.get("isCustomFont")) ? " (web font)" : ""));
                }
            }
            assertEquals(new TreeSet<>(List.of(kind.getValue())), fonts, kind.getKey() + " is drawn in");
        }
    }
}
