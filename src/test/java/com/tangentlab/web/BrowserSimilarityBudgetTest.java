package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.similarity.LongSubmissions;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The similarity page over two 58 KB submissions: the pair and its side-by-side view say they were compared in part. */
class BrowserSimilarityBudgetTest {
    private static final String NEWTON = "newton-step";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> {
        WebFixture server = WebFixture.start(w -> w);
        OffsetDateTime at = OffsetDateTime.now().minusHours(1);
        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("alice", NEWTON, LongSubmissions.newtonStep("norm"), at, 10, 1);
            seed.graded("bob", NEWTON, LongSubmissions.newtonStep("size"), at.plusMinutes(5), 10, 2);
        }
        return server;
    }).signedInAs("instructor");

    @Test
    void aPairComparedInPartSaysSoInTheTableAndSideBySide(Browser browser) throws Exception {
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
