package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.account.RosterImports;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A roster too large to create at once: the Accounts page shows the job's progress, then every password. */
class BrowserRosterImportTest {
    /** A few dozen hashes at the real cost, on a loaded machine. */
    private static final Duration JOB_LIMIT = Duration.ofMinutes(5);

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w).signedInAs("instructor");

    @Test
    void aLargeRosterShowsItsProgressAndThenEveryPasswordOnce(Browser browser, WebFixture server) throws Exception {
        int size = RosterImports.IMMEDIATE_ACCOUNTS + 1;
        StringBuilder roster = new StringBuilder();
        for (int i = 1; i <= size; i++) roster.append("pupil").append(i).append(",Pupil ").append(i).append(",\n");
        browser.open("/instructor.html#accounts");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tbody tr")));
        browser.driver.executeScript("document.getElementById('roster').value = arguments[0];", roster.toString());
        browser.driver.findElement(By.cssSelector("#roster-form button")).click();
        WebElement progress = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#instructor-result p.progress")));
        assertTrue(progress.getText().startsWith("Creating " + size + " accounts:"), progress.getText());

        By created = By.cssSelector("#instructor-result tbody tr");
        new WebDriverWait(browser.driver, JOB_LIMIT).until(ExpectedConditions.numberOfElementsToBe(created, size));
        List<WebElement> rows = browser.driver.findElements(created);
        String password = rows.get(size - 1).findElement(By.tagName("code")).getText();
        assertEquals(200, server.client().login("pupil" + size, password).status(), "the shown password signs in");
        browser.screenshot("dashboard-accounts-roster-job");
    }
}
