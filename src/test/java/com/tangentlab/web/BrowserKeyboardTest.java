package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student with a keyboard and nothing else: every key goes to whatever has focus, as a real
 * keyboard's would; no element is clicked or typed into by the test. The editor indents on Tab
 * but lets focus out with Esc then Tab, or after Ctrl-M.
 */
class BrowserKeyboardTest {
    private static final String SOFTMAX = "softmax-jacobian";
    /** More Tab presses than any page here needs to reach any control. */
    private static final int MOST_TABS = 250;
    /** A fresh agent on a loaded machine. */
    private static final Duration GRADING = Duration.ofSeconds(60);
    private static final String EDITOR_INPUT = Browser.EXERCISE + " .CodeMirror textarea";
    private static final String ACTIVE = "const a = document.activeElement;"
            + "return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className ? '.' + a.className : '')"
            + " + ' ' + (a.textContent || a.value || '').trim().slice(0, 60);";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w);

    @Test
    void aStudentSignsInSubmitsReadsTheScoreAndGoesOnToTheNextExerciseWithKeysAlone(Browser browser,
            WebFixture server) throws Exception {
        browser.open("/index.html");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, "#username"), "the first Tab reaches the username: " + active(browser));
        press(browser, "alice", Keys.TAB, server.password("alice"), Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("/home.html"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-section=\"3\"] a")));

        tabUntil(browser, "the link to section 3", b -> isActive(b, "[data-section=\"3\"] a"));
        press(browser, Keys.ENTER);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(Browser.EXERCISE + " .CodeMirror")));
        tabUntil(browser, "the softmax editor", b -> isActive(b, EDITOR_INPUT));
        WebElement editor = browser.driver.findElement(By.cssSelector(Browser.EXERCISE + " .CodeMirror"));
        assertEquals("solid", editor.getCssValue("outline-style"), "the focused editor shows a focus ring");
        assertTrue(browser.driver.findElement(By.cssSelector(Browser.EXERCISE + " .editor-keys")).getText()
                .contains("Esc then Tab"), "the way out is written next to the editor");

        chord(browser, Keys.CONTROL, "a");
        press(browser, WebFixture.sample("correct.jsh"));
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, EDITOR_INPUT), "Tab alone indents and stays: " + active(browser));
        press(browser, Keys.BACK_SPACE);
        press(browser, Keys.ESCAPE, Keys.TAB);
        assertTrue(isActive(browser, Browser.EXERCISE + " button.run"), "Esc then Tab leaves: " + active(browser));
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, Browser.EXERCISE + " button.submit"), active(browser));

        press(browser, Keys.ENTER);
        assertTrue(isActive(browser, Browser.EXERCISE + " button.submit"),
                "focus stays on Submit while grading: " + active(browser));
        new WebDriverWait(browser.driver, GRADING).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(Browser.EXERCISE + " .result .headline")));
        browser.wait.until(b -> isActive(browser, Browser.EXERCISE + " .result .headline"));
        String score = browser.driver.switchTo().activeElement().getText();
        assertEquals("Score 10 / 10: full marks!", score, "focus is on the result's summary");
        assertEquals("Done: " + score, browser.driver.findElement(
                By.cssSelector(Browser.EXERCISE + " [role=status].visually-hidden")).getAttribute("textContent"));

        JsonNode next = following(server, SOFTMAX);
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, Browser.EXERCISE + " .result .next a"), active(browser));
        assertEquals("Next exercise: " + next.get("title").asText(), browser.driver.switchTo().activeElement().getText());
        press(browser, Keys.ENTER);
        String heading = Browser.panel(next.get("id").asText()) + " h2";
        browser.wait.until(b -> isActive(browser, heading));
        assertTrue(browser.driver.switchTo().activeElement().getText().startsWith(next.get("title").asText()));
        browser.screenshot("keyboard-next-exercise");
    }

    @Test
    void ctrlMSwitchesTabBetweenIndentingAndMovingOn(Browser browser) {
        web.signIn("bob");
        browser.openSection("3");
        tabUntil(browser, "the softmax editor", b -> isActive(b, EDITOR_INPUT));
        WebElement help = browser.driver.findElement(By.cssSelector(Browser.EXERCISE + " .editor-keys"));
        chord(browser, Keys.CONTROL, "m");
        assertTrue(help.getText().startsWith("Tab moves to the next control"), help.getText());
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, Browser.EXERCISE + " button.run"), active(browser));
        chord(browser, Keys.SHIFT, Keys.TAB);
        assertTrue(isActive(browser, EDITOR_INPUT), "Shift-Tab comes back: " + active(browser));
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, Browser.EXERCISE + " button.run"), "still moving on: " + active(browser));
        chord(browser, Keys.SHIFT, Keys.TAB);
        chord(browser, Keys.CONTROL, "m");
        assertTrue(help.getText().startsWith("Tab indents code"), help.getText());
        String before = (String) browser.driver.executeScript("return " + Browser.codeMirror() + ".getValue()");
        press(browser, Keys.TAB);
        assertTrue(isActive(browser, EDITOR_INPUT), "Tab indents again: " + active(browser));
        assertEquals(before.length() + 1, ((String) browser.driver.executeScript(
                "return " + Browser.codeMirror() + ".getValue()")).length(), "Tab put a tab into the code");
    }

    private static void press(Browser browser, CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** A key pressed while a modifier is held down, as a chord is played on a real keyboard. */
    private static void chord(Browser browser, Keys modifier, CharSequence key) {
        new Actions(browser.driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    private static boolean isActive(Browser browser, String selector) {
        return Boolean.TRUE.equals(browser.driver.executeScript(
                "return document.activeElement === document.querySelector(arguments[0]);", selector));
    }

    private static String active(Browser browser) {
        return (String) browser.driver.executeScript(ACTIVE);
    }

    /** Tabs on until {@code reached}; an editor on the way is left as a keyboard user would, with Esc then Tab. */
    private static void tabUntil(Browser browser, String what, Predicate<Browser> reached) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (reached.test(browser)) return;
            boolean inAnEditor = Boolean.TRUE.equals(browser.driver.executeScript(
                    "return document.activeElement.closest('.CodeMirror') !== null;"));
            if (inAnEditor) press(browser, Keys.ESCAPE);
            press(browser, Keys.TAB);
        }
        throw new AssertionError(what + " not reached in " + MOST_TABS + " Tabs; focus is on " + active(browser));
    }

    private static JsonNode following(WebFixture server, String id) throws Exception {
        JsonNode chapter = server.signedIn("alice").get("/api/exercises").json();
        for (int i = 0; i + 1 < chapter.size(); i++) {
            if (chapter.get(i).get("id").asText().equals(id)) return chapter.get(i + 1);
        }
        throw new AssertionError(id + " has no following exercise");
    }
}
