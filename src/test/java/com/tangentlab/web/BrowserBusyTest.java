package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** A server that takes one submission per minute: the second one reads as busy, with the wait. */
class BrowserBusyTest {
    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w.withSubmissionsPerMinute(1)).signedInAs("alice");

    @Test
    void overTheRateLimitTheStudentIsToldWhenToRetry(Browser browser) throws IOException {
        browser.openSection("3");
        browser.setCode(WebFixture.sample("correct.jsh"));
        WebElement first = browser.clickAndAwaitOutcome("button.submit");
        assertTrue(first.getText().contains("Score 10 / 10"), first.getText());
        WebElement second = browser.clickAndAwaitOutcome("button.submit");
        String busy = "The grader is busy: retry in \\d+ s .*\\. Nothing was submitted\\.";
        assertTrue(second.getText().matches(busy), second.getText());
        browser.screenshot("submission-busy");
    }
}
