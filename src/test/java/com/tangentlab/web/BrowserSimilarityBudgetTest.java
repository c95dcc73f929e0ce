package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.similarity.LongSubmissions;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The similarity page over two 58 KB submissions: the pair and its side-by-side view say they were compared in part. */
class BrowserSimilarityBudgetTest {
    private static final String NEWTON = "newton-step";
    private static WebFixture server;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = WebFixture.start(web -> web);
        OffsetDateTime at = OffsetDateTime.now().minusHours(1);
        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("alice", NEWTON, LongSubmissions.newtonStep("norm"), at, 10, 1);
            seed.graded("bob", NEWTON, LongSubmissions.newtonStep("size"), at.plusMinutes(5), 10, 2);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aPairComparedInPartSaysSoInTheTableAndSideBySide() throws Exception {
        try (Browser browser = new Browser(server)) {
            browser.signIn("instructor", server.password("instructor"));
            browser.open("/similarity.html?exercise=" + NEWTON + "&threshold=0.5");
            WebElement view = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".view-pair")));
            String table = browser.driver.findElement(By.id("similar-pairs")).getText();
            assertTrue(table.contains("only the first 2000 tokens"), table);
            view.click();
            WebElement note = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#pair p.truncated")));
            assertTrue(note.getText().startsWith("Compared in part: only the first 2000 tokens"), note.getText());
            browser.screenshot("dashboard-similarity-truncated");
        }
    }
}
