package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** A server that takes one submission per minute: the second one reads as busy, with the wait. */
class BrowserBusyTest {
    private static WebFixture server;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        server = WebFixture.start(web -> web.withSubmissionsPerMinute(1));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void overTheRateLimitTheStudentIsToldWhenToRetry() throws IOException {
        try (Browser browser = new Browser(server)) {
            browser.signIn("alice", server.password("alice"));
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
}
