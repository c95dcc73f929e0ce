package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every theory section read in a real browser: its title, its typeset maths (no KaTeX error, no
 * formula wider than the text column), and a screenshot to look at.
 */
class BrowserChapterTest {
    /** The source of every displayed formula that needs a scroll bar in the text column. */
    private static final String TOO_WIDE = "return [...document.querySelectorAll('#text .katex-display')]"
            + ".filter((d) => d.scrollWidth > d.clientWidth)"
            + ".map((d) => d.querySelector('annotation').textContent.replace(/\\s+/g, ' '))";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w).oneBrowserPerClass().signedInAs("alice");

    @Test
    void everySectionShowsItsTitleAndTypesetMathsWithoutErrors(Browser browser, WebFixture server) throws Exception {
        JsonNode sections = server.signedIn("alice").get("/api/sections").json();
        List<String> unread = new ArrayList<>();
        for (JsonNode section : sections) {
            String number = section.get("section").asText();
            browser.open("/section.html?section=" + number);
            WebElement title = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text h1")));
            assertEquals(section.get("title").asText(), title.getText(), "section " + number);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .katex")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    section.get("exercises").isEmpty() ? "#exercises .note" : "#exercises .exercise .CodeMirror")));
            for (WebElement error : browser.driver.findElements(By.cssSelector(".katex-error"))) {
                unread.add("section " + number + ": " + error.getAttribute("title"));
            }
            for (Object tex : (List<?>) browser.driver.executeScript(TOO_WIDE)) {
                unread.add("section " + number + ": wider than the text column: " + tex);
            }
            browser.screenshot(String.format("section-%02d", Integer.parseInt(number)));
        }
        assertEquals(21, sections.size());
        assertTrue(unread.isEmpty(), String.join("\n", unread));
    }
}
