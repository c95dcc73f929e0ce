package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.TestExercises;
import com.tangentlab.web.WebFixture.Client;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The instructor's analytics, submission browser, regrade and similarity pages in a real
 * browser, over a class where alice submits a wrong then a right solution and bob a copy of it.
 */
class BrowserInsightsTest {
    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> {
        WebFixture server = WebFixture.startWithExercises(WebFixture.freshDatabaseUrl(),
                TestExercises.copyWithRoomyTimeLimit(folder));
        Client alice = server.signedIn("alice");
        Client bob = server.signedIn("bob");
        graded(alice, WebFixture.sample("diagonal-only.jsh"));
        graded(alice, WebFixture.sample("correct.jsh"));
        graded(bob, WebFixture.sample("correct.jsh").replace("double[] p", "double[] probs")
                .replace("p[", "probs[").replace("p.length", "probs.length").replace("return p;", "return probs;").replace("stream(p)", "stream(probs)"));
        return server;
    });

    private static void graded(Client c, String code) throws Exception {
        c.awaitGraded(c.post("/api/exercises/softmax-jacobian/submissions", Client.code(code)).json().get("id")
                .asLong());
    }

    @Test
    void anInstructorReadsAnalyticsSubmissionsARegradeAndTheSimilarityReport(Browser browser) throws IOException {
        web.signIn("instructor");

        browser.open("/analytics.html?exercise=softmax-jacobian");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#histogram canvas")));
        String stats = browser.driver.findElement(By.id("stats")).getText();
        assertTrue(stats.contains("10 / 10") && stats.contains("100%"), stats);
        assertTrue(browser.driver.findElement(By.id("item-analysis")).getText().contains("rows-sum-to-zero"));
        assertTrue(browser.driver.findElement(By.id("hints")).getText().contains("missing-outer-product"));
        browser.screenshot("dashboard-analytics");

        browser.open("/submissions.html?student=alice");
        List<WebElement> ticks = browser.wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#submissions .tick"), 2));
        ticks.forEach(WebElement::click);
        browser.driver.findElement(By.id("compare")).click();
        WebElement diff = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        assertTrue(!diff.findElements(By.cssSelector(".line.added")).isEmpty());
        assertTrue(diff.getText().contains("Forgets the -p p^T term"), diff.getText());
        browser.screenshot("dashboard-submissions-diff");
        browser.driver.findElement(By.cssSelector("#submissions .open")).click();
        WebElement detail = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#detail .code:not(.diff)")));
        assertTrue(detail.getText().contains("softmaxJacobian"));
        browser.screenshot("dashboard-submission");

        browser.open("/regrade.html");
        new Select(browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("r-exercise"))))
                .selectByValue("softmax-jacobian");
        browser.driver.findElement(By.id("start")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("run"), "data-state", "finished"));
        WebElement report = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("regrade-report")));
        assertEquals(3, report.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(browser.driver.findElement(By.id("run-progress")).getText().startsWith("3 / 3 replayed"));
        browser.screenshot("dashboard-regrade");
        browser.driver.findElement(By.id("abandon")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("run"), "data-state", "abandoned"));

        browser.open("/similarity.html?exercise=softmax-jacobian");
        WebElement view = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".view-pair")));
        assertTrue(browser.driver.findElement(By.id("similar-pairs")).getText().contains("100%"));
        view.click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side-by-side .match")));
        browser.screenshot("dashboard-similarity");
    }

    @Test
    void aStudentIsRefusedAndAnAnonymousUserSentToSignIn(Browser browser) throws IOException {
        browser.open("/regrade.html");
        browser.wait.until(ExpectedConditions.urlContains("/index.html?next="));
        web.signIn("bob");
        for (String page : List.of("/analytics.html", "/submissions.html", "/regrade.html", "/similarity.html")) {
            browser.open(page);
            WebElement refusal = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
            assertEquals("403: instructors only", refusal.getText(), page);
            assertTrue(!browser.driver.findElement(By.id("dashboard")).isDisplayed());
        }
        browser.screenshot("dashboard-student-refused");
    }
}
