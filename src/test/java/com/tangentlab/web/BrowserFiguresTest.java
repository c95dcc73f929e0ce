package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    private static WebFixture server;

    private Browser browser;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        server = WebFixture.start(web -> web);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser(server);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    /** Renders Markdown holding the given figure blocks at the top of the section's text column. */
    private void renderTheory(List<String> ids) {
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

    private WebElement figure(String id) {
        return browser.driver.findElement(By.cssSelector("[data-figure=\"" + id + "\"]"));
    }

    private WebElement drawn(String id) {
        String box = "[data-figure=\"" + id + "\"]";
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(box + "[aria-busy=\"false\"]")));
        WebElement f = figure(id);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", f);
        return f;
    }

    @Test
    void aChartATableAndPassBadgesAppearAndASliderRecomputesTheFigure() throws IOException {
        browser.signIn("alice", server.password("alice"));
        browser.openSection("3");
        renderTheory(List.of("gradient-flow", "softmax-jacobian", "no-such-figure"));

        WebElement flow = drawn("gradient-flow");
        WebElement chart = flow.findElement(By.cssSelector(".figure-chart svg"));
        assertTrue(chart.getText().contains("N(0, 1/n), Xavier: stable"), "legend: " + chart.getText());
        assertTrue(chart.getText().contains("ideal = 1"), "legend: " + chart.getText());
        assertEquals("At depth 30", flow.findElement(By.cssSelector(".figure-table caption")).getText());
        WebElement slider = flow.findElement(By.cssSelector("input[type=range][name=depth]"));
        assertEquals("depth L", flow.findElement(By.cssSelector(".figure-slider label")).getText());
        for (int i = 0; i < 5; i++) slider.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("35", flow.findElement(By.cssSelector(".figure-slider output")).getText());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-figure=\"gradient-flow\"] .figure-table caption"), "At depth 35"));
        assertTrue(figure("gradient-flow").findElement(By.className("figure-caption")).getText().contains("depth 35"));
        browser.screenshot("figure-slider-moved", figure("gradient-flow"));

        WebElement softmax = drawn("softmax-jacobian");
        List<WebElement> cells = softmax.findElements(By.cssSelector(".figure-table td"));
        assertTrue(cells.stream().anyMatch(c -> c.getText().equals("0.180769")), "the J table");
        List<WebElement> badges = softmax.findElements(By.cssSelector(".figure-checks li .badge"));
        assertEquals(5, badges.size());
        assertTrue(badges.stream().allMatch(b -> b.getText().equals("PASS")));

        WebElement missing = drawn("no-such-figure");
        WebElement error = missing.findElement(By.className("figure-error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("there is no figure 'no-such-figure'"), error.getText());
        browser.screenshot("figure-error", missing);
    }
}
