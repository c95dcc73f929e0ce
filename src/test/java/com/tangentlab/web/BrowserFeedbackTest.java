package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Feedback that reads well: a refused sign-in says what happened and marks the fields, a held-back
 * one says why and counts down; a missing page leads back; a compile error is listed once, with no
 * "column 0"; an instructor lands on the dashboard and can switch to the student view.
 */
class BrowserFeedbackTest {
    /** The server's wrong passwords allowed per account and address in five minutes. */
    private static final int FAILED_SIGN_INS_ALLOWED = 10;
    private static final String DAVES_PASSWORD = "daves-password";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> {
        WebFixture server = WebFixture.start(w -> w);
        assertEquals(201, server.signedIn("instructor").postRaw("/api/instructor/roster",
                "dave,Dave Doe," + DAVES_PASSWORD, "text/csv").status());
        return server;
    });

    @Test
    void aWrongPasswordIsMarkedAndTheFirstSignInOverTheLimitSaysWhyWithACountdown(Browser browser) throws IOException {
        browser.open("/index.html");
        for (int attempt = 1; attempt <= FAILED_SIGN_INS_ALLOWED; attempt++) {
            String said = signIn(browser, "dave", "not-daves-" + attempt);
            assertEquals("Wrong username or password.", said, "attempt " + attempt);
        }
        for (String field : List.of("username", "password")) {
            assertEquals("true", browser.driver.findElement(By.id(field)).getAttribute("aria-invalid"), field);
        }
        String held = signIn(browser, "dave", DAVES_PASSWORD);
        assertEquals("Too many failed sign-ins for this account from this address: sign-ins are paused for a few"
                + " minutes.", held, "the first sign-in over the limit");
        WebElement wait = browser.driver.findElement(By.id("login-wait"));
        assertTrue(wait.getText().matches("You can try again in \\d+ s\\."), wait.getText());
        String first = wait.getText();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElement(wait, first)));
        assertTrue(wait.getText().matches("You can try again in \\d+ s\\."), "it counts down: " + wait.getText());
        Axe.assertNoViolations(browser, "sign-in held back");
        browser.screenshot("sign-in-held-back");
    }

    @Test
    void aMissingSectionSaysNotFoundAndLeadsBackToTheCourse(Browser browser) throws IOException {
        web.signIn("alice");
        browser.open("/section.html?section=99");
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
        assertEquals("Not found: there is no section '99'.", error.getText());
        assertEquals("Not found · Tangent Lab", browser.driver.getTitle());
        Axe.assertNoViolations(browser, "a section the chapter does not have");
        browser.screenshot("section-not-found");
        browser.driver.findElement(By.cssSelector("#way-back a")).click();
        browser.wait.until(ExpectedConditions.urlContains("/home.html"));
    }

    @Test
    void aCompileErrorIsListedOnceAndAMessageWithoutALineHasNoLineOrColumn(Browser browser) throws IOException {
        web.signIn("bob");
        browser.openSection("3");
        browser.setCode("double[][] softmaxJacobian(double[] z) {\n    double[] p = z.clone()\n    return null;\n}\n");
        WebElement broken = browser.clickAndAwaitOutcome("button.submit");
        List<WebElement> listed = broken.findElements(By.cssSelector("ul.diagnostics li"));
        assertEquals(1, listed.size(), broken.getText());
        String error = listed.get(0).getText();
        assertTrue(error.startsWith("line 2, column "), error);
        String message = error.substring(error.indexOf(": ") + 2);
        assertEquals(1, occurrences(broken.getText(), message), "said once in the result: " + broken.getText());
        assertTrue(broken.findElements(By.cssSelector("p.message")).isEmpty(), "no paragraph repeats it");

        browser.setCode("double[][] softmaxJacobianOfSomethingElse(double[] z) {\n    return null;\n}\n");
        WebElement unsigned = browser.clickAndAwaitOutcome("button.submit");
        assertEquals("compile_error", unsigned.getAttribute("data-status"));
        String lineless = unsigned.findElement(By.cssSelector("ul.diagnostics li")).getText();
        assertFalse(unsigned.getText().contains("line 0") || unsigned.getText().contains("column 0"),
                unsigned.getText());
        assertTrue(lineless.contains("softmaxJacobian"), lineless);
        browser.screenshot("submission-compile-error-once");
    }

    @Test
    void anInstructorLandsOnTheDashboardAndSwitchesToTheStudentViewAndBack(Browser browser) {
        web.signIn("instructor");
        browser.wait.until(ExpectedConditions.urlContains("/instructor.html"));
        WebElement student = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("other-view")));
        assertEquals("Student view", student.getText());
        student.click();
        browser.wait.until(ExpectedConditions.urlContains("/home.html"));
        WebElement dashboard = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("other-view")));
        assertEquals("Instructor dashboard", dashboard.getText());
        dashboard.click();
        browser.wait.until(ExpectedConditions.urlContains("/instructor.html"));
    }

    /** Types into the sign-in form and returns what the page says back. */
    private static String signIn(Browser browser, String username, String password) {
        WebElement error = browser.driver.findElement(By.id("login-error"));
        browser.driver.executeScript("arguments[0].textContent = ''; arguments[0].hidden = true;", error);
        for (String field : List.of("username", "password")) browser.driver.findElement(By.id(field)).clear();
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("#login button")).click();
        return browser.wait.until(ExpectedConditions.visibilityOf(error)).getText();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }
}
