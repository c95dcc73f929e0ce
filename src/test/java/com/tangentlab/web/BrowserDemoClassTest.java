package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.TestExercises;
import com.tangentlab.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every dashboard page over the demo class, as a new instructor first sees it: 32 students and
 * two names without an account, 15 exercises, weeks of attempts, late ones, copied pairs.
 */
class BrowserDemoClassTest {
    private static final String COPIED = "jacobian-fd";
    private static final String REGRADED = "softmax-jacobian";
    /** Grades recorded when the exercise was worth less: what a regrade is for. */
    private static final String HALVE_THREE_GRADES = "UPDATE submissions SET score = score / 2, max_score = max_score / 2"
            + " WHERE id IN (SELECT id FROM submissions WHERE exercise_id = ? AND source = 'web' AND status = 'graded'"
            + " ORDER BY id LIMIT 3)";
    private static final String TRIED_TWICE = "SELECT student FROM submissions WHERE exercise_id = ? AND source = 'web'"
            + " GROUP BY student HAVING COUNT(*) >= 2 ORDER BY student LIMIT 1";

    /** Thirty replays in fresh agents on a busy machine; generous, since a slow one is no fault. */
    private static final Duration REGRADE_TIME = Duration.ofSeconds(180);

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(BrowserDemoClassTest::withTheDemoClass)
            .signedInAs("instructor");

    /** A student with two attempts or more at {@link #REGRADED}, for the diff. */
    private static String triedTwice;

    private static WebFixture withTheDemoClass(Path folder) throws Exception {
        String database = WebFixture.freshDatabaseUrl();
        Path exercises = TestExercises.copyWithRoomyTimeLimit(Files.createDirectories(folder.resolve("exercises")));
        WebFixture server = WebFixture.startWithExercises(database, exercises);
        DemoSeed.seed(server, database, exercises, Files.createDirectories(folder.resolve("data")));
        try (Database db = Database.open(database); Connection c = db.dataSource().getConnection();
                PreparedStatement halve = c.prepareStatement(HALVE_THREE_GRADES)) {
            halve.setString(1, REGRADED);
            assertEquals(3, halve.executeUpdate());
            try (PreparedStatement twice = c.prepareStatement(TRIED_TWICE)) {
                twice.setString(1, REGRADED);
                try (ResultSet r = twice.executeQuery()) {
                    assertTrue(r.next(), "someone tried " + REGRADED + " twice");
                    triedTwice = r.getString(1);
                }
            }
        }
        return server;
    }

    @Test
    void theGradebookHoldsTheWholeClassAndEveryExercise(Browser browser) throws IOException {
        browser.open("/instructor.html");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#overview .tile")));
        fullPage("demo-home");
        browser.open("/gradebook.html");
        By rows = By.cssSelector("#gradebook tbody tr");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(rows, 30));
        assertEquals(36, browser.driver.findElements(rows).size(), "32 students, alice, bob and two without account");
        assertEquals(15, browser.driver.findElements(By.cssSelector("#gradebook thead th[data-sort]")).stream()
                .filter(th -> th.getAttribute("data-sort").contains("-")).count());
        assertFitsTheWindow("#gradebook");
        browser.screenshot("demo-gradebook");
        browser.driver.findElement(By.cssSelector("tr[data-student=\"guest.kowalski\"]"));
        browser.driver.findElement(By.cssSelector("tr[data-student=\"hugo.martin\"] td[data-exercise] button.cell-open"))
                .click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cell-attempts details")));
        browser.screenshot("demo-gradebook-attempts");
    }

    @Test
    void aStudentsTimelineShowsTheMonthsOnItsTimeAxis(Browser browser) throws IOException {
        browser.open("/student.html?user=elif.yilmaz");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#timeline tbody tr"), 5));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart canvas")));
        assertFitsTheWindow("#student-scores");
        fullPage("demo-student");
        browser.open("/student.html");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#student-list a"), 30));
        browser.screenshot("demo-students");
    }

    @Test
    void theAnalyticsListEveryExerciseAndOneInDetail(Browser browser) throws IOException {
        browser.open("/analytics.html");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#exercise-summaries tbody tr"), 15));
        assertFitsTheWindow("#exercise-summaries");
        fullPage("demo-analytics");
        browser.open("/analytics.html?exercise=" + REGRADED);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#histogram canvas")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#theory tbody tr")));
        assertTrue(browser.driver.findElement(By.id("hints")).getText().contains("missing-outer-product"));
        fullPage("demo-analytics-exercise");
    }

    @Test
    void theSubmissionBrowserOpensOneAndDiffsTwo(Browser browser) throws IOException {
        browser.open("/submissions.html?student=" + triedTwice + "&exercise=" + REGRADED);
        List<WebElement> ticks = browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#list .tick"), 1));
        ticks.get(0).click();
        ticks.get(1).click();
        browser.driver.findElement(By.id("compare")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        fullPage("demo-submissions-diff");
        browser.open("/submissions.html");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#list tbody tr"), 100));
        assertFitsTheWindow("#list");
        browser.screenshot("demo-submissions");
    }

    @Test
    void aRegradeReportsTheOldGradesAndApplies(Browser browser) throws IOException {
        browser.open("/regrade.html");
        new Select(browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("r-exercise"))))
                .selectByValue(REGRADED);
        browser.driver.findElement(By.id("start")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-progress")));
        browser.screenshot("demo-regrade-running");
        new WebDriverWait(browser.driver, REGRADE_TIME)
                .until(ExpectedConditions.attributeToBe(By.id("run"), "data-state", "finished"));
        assertTrue(browser.driver.findElement(By.id("run-result")).getText().startsWith("3 of "),
                browser.driver.findElement(By.id("run-result")).getText());
        fullPage("demo-regrade-report");
        browser.driver.findElement(By.id("apply")).click();
        browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("run"), "data-state", "applied"));
        browser.screenshot("demo-regrade-applied");
    }

    @Test
    void theCopiedPairsLeadTheSimilarityReport(Browser browser) throws IOException {
        browser.open("/similarity.html?exercise=" + COPIED);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".view-pair")));
        List<WebElement> first = browser.driver.findElements(By.cssSelector("#similar-pairs tbody tr td"));
        String top = first.get(1).getText() + " " + first.get(3).getText();
        assertTrue(top.contains("farid.haddad") && top.contains("dalia.mansour"), top);
        assertFitsTheWindow("#similar-pairs");
        browser.driver.findElement(By.cssSelector(".view-pair")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side-by-side .match")));
        fullPage("demo-similarity");
    }

    @Test
    void theSettingsListEveryDeadline(Browser browser) throws IOException {
        browser.open("/settings.html");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input.deadline"), 15));
        fullPage("demo-settings");
    }

    /** The whole page, however long, not only what fits in the window. */
    private static void fullPage(String name) throws IOException {
        Browser browser = web.browser();
        Dimension window = browser.driver.manage().window().getSize();
        Number height = (Number) browser.driver.executeScript("return document.documentElement.scrollHeight;");
        browser.driver.manage().window().setSize(new Dimension(window.getWidth(), height.intValue() + 150));
        browser.screenshot(name);
        browser.driver.manage().window().setSize(window);
    }

    /** Nothing wider than the page: a table that does not fit scrolls inside its own box. */
    private static void assertFitsTheWindow(String selector) {
        Browser browser = web.browser();
        Number overflow = (Number) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, selector + ": the page is " + overflow + " px wider than the window");
    }
}
