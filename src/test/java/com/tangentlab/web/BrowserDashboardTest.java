package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The instructor dashboard in a real browser: gradebook, a cell's attempts, the export, a timeline, refusals. */
class BrowserDashboardTest {
    private static final String SOFTMAX = "softmax-jacobian";
    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> seeded(WebFixture.start(w -> w)));

    private static WebFixture seeded(WebFixture server) throws Exception {
        WebFixture.Client instructor = server.signedIn("instructor");
        assertEquals(201, instructor.postRaw("/api/instructor/roster", "carol,Carol Chen", "text/csv").status());
        OffsetDateTime deadline = OffsetDateTime.parse("2025-01-10T12:00:00Z");
        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("alice", SOFTMAX, WebFixture.sample("diagonal-only.jsh"), deadline.minusDays(1), 0.59, 1);
            seed.graded("alice", SOFTMAX, WebFixture.sample("correct.jsh"), deadline.plusHours(1), 10, 2);
            seed.graded("bob", SOFTMAX, WebFixture.sample("diagonal-only.jsh"), deadline.minusHours(3), 0.59, 3);
        }
        // alice's right answer came an hour late: one started day, 10 % off.
        assertEquals(200, instructor.put("/api/instructor/settings", Map.of("gradingPolicy", "best",
                "latePolicy", "penalty", "penaltyPercentPerDay", 10,
                "deadlines", Map.of(SOFTMAX, deadline.toString(), "newton-step", "2099-01-01T00:00:00Z"))).status());
        return server;
    }

    @Test
    void anInstructorSortsTheGradebookOpensACellAndDownloadsTheCsv(Browser browser) throws Exception {
        web.signIn("instructor");
        browser.open("/instructor.html");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#overview .tile")));
        List<String> nav = browser.driver.findElements(By.cssSelector("#dashnav a")).stream()
                .map(a -> a.getAttribute("href").replaceAll("^https?://[^/]+", "")).toList();
        assertTrue(nav.containsAll(List.of("/gradebook.html", "/student.html", "/analytics.html",
                "/submissions.html", "/regrade.html", "/similarity.html", "/settings.html",
                "/instructor.html#accounts")), nav.toString());
        browser.screenshot("dashboard-home");

        browser.open("/gradebook.html");
        By rows = By.cssSelector("#gradebook tbody tr");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(rows, 2));
        browser.driver.findElement(By.cssSelector("th[data-sort=\"" + SOFTMAX + "\"] button")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector("th[data-sort=\"" + SOFTMAX + "\"]"),
                "aria-sort", "descending"));
        assertEquals(List.of("alice", "bob", "carol"), students(browser));
        WebElement aliceCell = browser.driver.findElement(
                By.cssSelector("tr[data-student=alice] td[data-exercise=\"" + SOFTMAX + "\"]"));
        assertTrue(aliceCell.getText().startsWith("9 (raw 10, −10%)"), aliceCell.getText());
        browser.screenshot("dashboard-gradebook-sorted");
        browser.driver.findElement(By.cssSelector("th[data-sort=student] button")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector("th[data-sort=student]"),
                "aria-sort", "ascending"));

        browser.driver.findElement(By.id("filter")).sendKeys("car");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(rows, 1));
        assertEquals(List.of("carol"), students(browser));
        browser.driver.findElement(By.id("filter")).clear();
        browser.driver.findElement(By.id("filter")).sendKeys(" ");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(rows, 3));

        browser.driver.findElement(By.cssSelector("tr[data-student=alice] td[data-exercise=\"" + SOFTMAX
                + "\"] button.cell-open")).click();
        WebElement attempts = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cell-attempts details[open] .outcome")));
        assertTrue(attempts.getText().contains("Score 10 / 10"), attempts.getText());
        assertEquals(2, browser.driver.findElements(By.cssSelector("#cell-attempts details.attempt")).size());
        assertTrue(browser.driver.findElement(By.id("cell-attempts")).getText().contains("late 1 day(s)"));
        browser.screenshot("dashboard-gradebook-attempts");

        String href = browser.driver.findElement(By.id("download-grades")).getAttribute("href");
        String csv = (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", href);
        assertTrue(csv.startsWith("username,display_name,"), csv);
        assertTrue(csv.contains("alice,Alice (demo student),"), csv);
    }

    @Test
    void anInstructorOpensAStudentsTimeline(Browser browser) throws IOException {
        web.signIn("instructor");
        browser.open("/gradebook.html");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-student=alice] th a")))
                .click();
        browser.wait.until(ExpectedConditions.urlContains("/student.html?user=alice"));
        By timelineRows = By.cssSelector("#timeline tbody tr");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(timelineRows, 2));
        String second = browser.driver.findElements(timelineRows).get(1).getText();
        assertTrue(second.contains("1 day(s)"), second);
        assertTrue(second.contains("web"), second);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart canvas")));
        browser.screenshot("dashboard-student");
        for (String table : List.of("student-scores", "timeline")) {
            assertTrue(browser.driver.findElement(By.cssSelector("button[data-csv=\"" + table + "\"]")).isDisplayed(),
                    table + " has no CSV download");
        }
    }

    @Test
    void anInstructorSeesTheSettingsAndStudentsSeeTheDeadline(Browser browser) throws IOException {
        web.signIn("instructor");
        browser.open("/settings.html");
        WebElement deadline = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input.deadline[data-exercise=\"" + SOFTMAX + "\"]")));
        assertFalse(deadline.getAttribute("value").isEmpty());
        assertTrue(browser.driver.findElement(By.cssSelector("input[name=grading][value=best]")).isSelected());
        browser.driver.findElement(By.cssSelector("#settings-form button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("settings-result"), "Saved."));
        browser.screenshot("dashboard-settings");

        browser.driver.findElement(By.id("logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/index.html"));
        web.signIn("alice");
        WebElement due = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-section] .deadline")));
        assertTrue(due.getText().contains("late: −10%/day"), due.getText());
        browser.openSection("3");
        WebElement panelDeadline = browser.driver.findElement(By.cssSelector(Browser.EXERCISE + " p.deadline"));
        assertTrue(panelDeadline.getText().startsWith("Due "), panelDeadline.getText());
        browser.screenshot("dashboard-student-deadline");
    }

    @Test
    void anInstructorUploadsARosterFileAndResetsAPassword(Browser browser, WebFixture server) throws Exception {
        Path roster = Files.createTempFile("roster-", ".csv");
        Files.writeString(roster, "username,display_name,password\nhenry,Henry Ford,henrys-secret\nirene,Irene Adler,\n");
        web.signIn("instructor");
        browser.open("/instructor.html#accounts");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tbody tr")));
        browser.driver.findElement(By.id("roster-file")).sendKeys(roster.toAbsolutePath().toString());
        browser.wait.until(d -> d.findElement(By.id("roster")).getAttribute("value").contains("henry,Henry Ford"));
        browser.driver.findElement(By.cssSelector("#roster-form button")).click();
        By created = By.cssSelector("#instructor-result tbody tr");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(created, 2));
        assertEquals("henry henrys-secret", browser.driver.findElements(created).get(0).getText());
        String irenes = browser.driver.findElements(created).get(1).findElement(By.tagName("code")).getText();
        assertEquals(200, server.client().login("irene", irenes).status(), "the generated password signs in");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), "Irene Adler"));
        browser.screenshot("dashboard-accounts-roster");

        browser.driver.findElement(By.id("reset-user")).sendKeys("henry");
        browser.driver.findElement(By.cssSelector("#reset-form button")).click();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("instructor-result"), "henrys-secret")));
        String fresh = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#instructor-result tbody tr code"))).getText();
        assertEquals(401, server.client().login("henry", "henrys-secret").status(), "the old password is gone");
        assertEquals(200, server.client().login("henry", fresh).status(), "the new one signs in");
        Files.delete(roster);
    }

    @Test
    void aStudentIsRefusedTheDashboardPages(Browser browser) throws IOException {
        web.signIn("bob");
        for (String page : List.of("/gradebook.html", "/student.html?user=alice", "/settings.html",
                "/instructor.html")) {
            browser.open(page);
            WebElement refusal = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
            assertEquals("403: instructors only", refusal.getText(), page);
            assertFalse(browser.driver.findElement(By.id("dashboard")).isDisplayed(), page);
        }
        browser.screenshot("dashboard-refused");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn(Browser browser) {
        browser.open("/gradebook.html");
        browser.wait.until(ExpectedConditions.urlContains("/index.html?next="));
    }

    private static List<String> students(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#gradebook tbody tr")).stream()
                .map(r -> r.getAttribute("data-student")).toList();
    }
}
