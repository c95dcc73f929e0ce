package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Courses in a real browser: every page's bar names the course and switches it, the dashboard's course
 * card renames one, a teaching assistant sees the dashboard without the forms that change it, and an
 * instructor grants an extension and overrides a score. bob handed in full marks 30 hours late to an
 * exercise due at {@link #DEADLINE} (8 of 10 after two started days at 10 %).
 */
class BrowserCoursesTest {
    private static final String SECOND = "Spring 2027, section B";
    private static final String SOFTMAX = "softmax-jacobian";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-01-10T12:00:00Z");

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> withSecondCourse(WebFixture.start(w -> w)));

    /** The instructor teaches both courses; alice is a student in the first and a teaching assistant in the second. */
    private static WebFixture withSecondCourse(WebFixture server) throws Exception {
        WebFixture.Client instructor = server.signedIn("instructor");
        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("bob", SOFTMAX, WebFixture.sample("correct.jsh"), DEADLINE.plusHours(30), 10, 1);
        }
        assertEquals(200, instructor.put("/api/instructor/settings", Map.of("gradingPolicy", "best",
                "latePolicy", "penalty", "penaltyPercentPerDay", 10,
                "deadlines", Map.of(SOFTMAX, DEADLINE.toString()))).status());
        WebFixture.Response created = instructor.post("/api/courses", Map.of("title", SECOND));
        assertEquals(201, created.status(), created.toString());
        long second = created.json().get("id").asLong();
        assertEquals(200, instructor.post("/api/courses/current", Map.of("course", second)).status());
        assertEquals(200, instructor.put("/api/instructor/members/alice", Map.of("role", "teaching-assistant"))
                .status());
        return server;
    }

    @Test
    void theBarNamesTheCourseAndSwitchesToAnother(Browser browser) throws Exception {
        web.signIn("instructor");
        browser.open("/instructor.html");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-choice")));
        assertEquals("Course: Jacobians and Hessians", browser.driver.findElement(By.id("course-name")).getText());
        Axe.assertNoViolations(browser, "dashboard with the course card and the course switcher");
        browser.screenshot("courses-switcher");

        new Select(browser.driver.findElement(By.id("course-choice"))).selectByVisibleText(SECOND + " · instructor");
        browser.driver.findElement(By.cssSelector("#course-switch button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("course-name"), "Course: " + SECOND));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-title")));

        browser.driver.findElement(By.id("course-title")).clear();
        browser.driver.findElement(By.id("course-title")).sendKeys(SECOND + " (renamed)");
        browser.driver.findElement(By.cssSelector("#rename-form button")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("course-name"), "Course: " + SECOND + " (renamed)"));
    }

    @Test
    void aTeachingAssistantSeesTheDashboardWithoutTheFormsThatChangeIt(Browser browser) {
        web.signIn("alice");
        browser.open("/home.html");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-choice")));
        new Select(browser.driver.findElement(By.id("course-choice"))).selectByIndex(1);
        browser.driver.findElement(By.cssSelector("#course-switch button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("other-view")));

        browser.open("/instructor.html");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#overview .tile")));
        assertTrue(browser.driver.findElement(By.id("course-summary")).getText().endsWith("teaching-assistant."));
        for (String form : new String[] {"course-manage", "roster-form", "member-form", "reset-form"}) {
            assertTrue(!browser.driver.findElement(By.id(form)).isDisplayed(), form);
        }
        Axe.assertNoViolations(browser, "dashboard as a teaching assistant");
    }

    @Test
    void anInstructorGrantsAnExtensionAndOverridesAScoreFromTheDashboard(Browser browser) throws Exception {
        web.signIn("instructor");
        browser.open("/settings.html");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("extension-form")));
        browser.driver.findElement(By.id("extension-student")).sendKeys("bob");
        new Select(browser.driver.findElement(By.id("extension-exercise"))).selectByValue(SOFTMAX);
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('extension-deadline').value = '2025-01-20T12:00'");
        browser.driver.findElement(By.cssSelector("#extension-form button")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("extension-result"), "Granted."));
        assertTrue(browser.driver.findElement(By.id("extensions")).getText().contains("bob"));
        Axe.assertNoViolations(browser, "settings with an extension");

        browser.open("/gradebook.html");
        By bobsCell = By.cssSelector("tr[data-student=bob] td[data-exercise=\"" + SOFTMAX + "\"]");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(bobsCell, "extended to"));
        assertTrue(browser.driver.findElement(bobsCell).getText().startsWith("10"), "on time with the extension");
        browser.driver.findElement(By.cssSelector("tr[data-student=bob] td[data-exercise=\"" + SOFTMAX
                + "\"] button.cell-open")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".override-form")));
        browser.driver.findElement(By.cssSelector(".override-form input[type=number]")).sendKeys("6");
        browser.driver.findElement(By.cssSelector(".override-form input:not([type])")).sendKeys("copied the helper");
        browser.driver.findElement(By.cssSelector(".override-form button")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("overrides"), "copied the helper"));
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-student=bob] td[data-exercise=\""
                + SOFTMAX + "\"] button.cell-open"), "6"));
        Axe.assertNoViolations(browser, "gradebook with an override logged");
        browser.screenshot("courses-override");
    }
}
