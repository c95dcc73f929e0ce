package com.tangentlab.web;

import static com.tangentlab.web.Browser.EXERCISE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The student pages in a real browser against a real server (in-memory database, real judge). */
class BrowserTest {
    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w);

    @Test
    void studentSignsInAndSeesTheSectionsWithProgress(Browser browser) throws IOException {
        browser.open("/home.html");
        browser.wait.until(ExpectedConditions.urlContains("/index.html?next="));
        browser.screenshot("login");
        web.signIn("alice");
        WebElement section = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-section=\"3\"]")));
        assertTrue(section.getText().contains("The softmax Jacobian"), section.getText());
        assertTrue(browser.driver.findElement(By.id("topbar")).getText().contains("alice"));
        browser.screenshot("home");
    }

    @Test
    void wrongRightAndBrokenSubmissionsReadClearly(Browser browser) throws IOException {
        web.signIn("bob");
        browser.openSection("3");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .katex")));
        browser.screenshot("section");

        browser.setCode(WebFixture.sample("correct.jsh"));
        WebElement run = browser.clickAndAwaitOutcome("button.run");
        assertTrue(run.getText().contains("All 2 examples pass."), run.getText());
        assertTrue(run.getText().contains("expected: [[0.250000, -0.250000]"), run.getText());
        assertTrue(run.getText().contains("Printed output"), run.getText());

        browser.setCode(WebFixture.sample("diagonal-only.jsh"));
        WebElement wrong = browser.clickAndAwaitOutcome("button.submit");
        assertTrue(wrong.getText().contains("Score 0.59 / 10"), wrong.getText());
        assertTrue(wrong.getText().contains("the − p pᵀ term is missing"), wrong.getText());
        browser.screenshot("submission-wrong");

        browser.setCode(WebFixture.sample("correct.jsh"));
        WebElement right = browser.clickAndAwaitOutcome("button.submit");
        assertTrue(right.getText().contains("Score 10 / 10: full marks"), right.getText());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(EXERCISE + " h2"), "score 10 / 10"));

        browser.setCode("double[][] softmaxJacobian(double[] z) {\n    double[] p = z.clone()\n    return null;\n}\n");
        WebElement broken = browser.clickAndAwaitOutcome("button.submit");
        assertEquals("compile_error", broken.getAttribute("data-status"));
        WebElement message = browser.driver.findElement(By.cssSelector(EXERCISE + " .cm-error-message"));
        assertTrue(message.getText().startsWith("line 2"), message.getText());
        assertEquals("cm-error-line", browser.driver.executeScript(
                "return " + Browser.codeMirror() + ".lineInfo(1).bgClass"));
        browser.screenshot("submission-compile-error");

        // The history is fetched again just after the outcome is shown.
        By summary = By.cssSelector(EXERCISE + " .history summary");
        browser.wait.until(ExpectedConditions.textToBe(summary, "Attempts (3)"));
        browser.driver.findElement(summary).click();
        browser.driver.findElement(By.cssSelector(EXERCISE + " .history tbody tr button")).click();
        String shown = browser.driver.findElement(By.cssSelector(EXERCISE + " .attempt-code")).getText();
        assertTrue(shown.contains("softmaxJacobian"), shown);
    }

    @Test
    void refusedCodeNamesTheClass(Browser browser) {
        web.signIn("alice");
        browser.openSection("3");
        browser.setCode("double[][] softmaxJacobian(double[] z) {\n    new java.io.File(\"x\").delete();\n"
                + "    return null;\n}\n");
        WebElement refused = browser.clickAndAwaitOutcome("button.run");
        assertEquals("rejected", refused.getAttribute("data-status"));
        assertTrue(refused.getText().startsWith("Refused"), refused.getText());
        assertTrue(refused.getText().contains("java.io.File"), refused.getText());
    }

    @Test
    void aNarrowScreenStacksTheExercisesUnderTheText(Browser browser) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(600, 1000));
        web.signIn("alice");
        browser.openSection("3");
        WebElement text = browser.driver.findElement(By.id("text"));
        WebElement exercise = browser.driver.findElement(By.cssSelector(EXERCISE));
        assertTrue(exercise.getRect().getY() >= text.getRect().getY() + text.getRect().getHeight(),
                "not stacked: text " + text.getRect() + ", exercise " + exercise.getRect());
        browser.screenshot("section-narrow");
    }

    @Test
    void theDraftIsSavedAndComesBack(Browser browser) {
        web.signIn("alice");
        browser.openSection("3");
        browser.setCode("// kept for later\n");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(EXERCISE + " .saved"), "draft saved"));
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EXERCISE + " .CodeMirror")));
        assertEquals("// kept for later\n", browser.driver.executeScript("return " + Browser.codeMirror() + ".getValue()"));
    }

    @Test
    void aStudentChangesTheirPasswordAndSignsInWithIt(Browser browser) throws Exception {
        // A fresh account, so the demo passwords the other tests use stay valid.
        String roster = "carol,Carol Chen,carols-first";
        assertEquals(201, web.server().signedIn("instructor").postRaw("/api/instructor/roster", roster, "text/csv").status());
        browser.signIn("carol", "carols-first");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-section]")));
        browser.driver.findElement(By.cssSelector("#password-box summary")).click();
        browser.driver.findElement(By.id("current-password")).sendKeys("carols-first");
        browser.driver.findElement(By.id("new-password")).sendKeys("carols-second");
        browser.driver.findElement(By.cssSelector("#password-form button")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("password-result"), "Password changed."));
        browser.driver.findElement(By.id("logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/index.html"));
        browser.signIn("carol", "carols-second");
        browser.wait.until(ExpectedConditions.urlContains("/home.html"));
    }

    @Test
    void aStudentOnTheInstructorPageIsRefused(Browser browser) throws IOException {
        web.signIn("alice");
        browser.open("/instructor.html");
        WebElement refusal = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
        assertEquals("403: instructors only", refusal.getText());
        assertFalse(browser.driver.findElement(By.id("instructor")).isDisplayed());
        browser.screenshot("instructor-refused");
    }

    @Test
    void anInstructorSeesTheAccounts(Browser browser) {
        web.signIn("instructor");
        browser.open("/instructor.html");
        WebElement users = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users")));
        browser.wait.until(ExpectedConditions.textToBePresentInElement(users, "alice"));
    }
}
