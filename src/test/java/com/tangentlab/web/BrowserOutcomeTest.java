package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Each way a submission can end without a grade, as a student reads it in the browser: a
 * headline naming the outcome, a message saying what to look for, and no trace of the server.
 */
class BrowserOutcomeTest {
    private static final By OUTCOME = By.cssSelector(Browser.EXERCISE + " .result .outcome");
    private static final String AGENT_MAIN = "com.tangentlab.agent.AgentMain";
    /** Long enough for the busy agent to stand out from idle ones, well inside the 3 s time limit. */
    private static final long CPU_SAMPLE_MS = 800;

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w).signedInAs("alice");

    @BeforeEach
    void openTheExercise(Browser browser) {
        browser.openSection("3");
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            endless loop   | timeout      | Time limit exceeded | time limit: the code and its tests did not finish within | while (n >= 0) n++;
            huge array     | memory_limit | Memory limit exceeded | memory limit: the program needed more than | double[] big = new double[1 << 30]; n += big.length;
            printing flood | output_limit | Output limit exceeded | output limit: the program printed more than | while (n >= 0) System.out.println("flooding the output");
            """)
    void aSubmissionStoppedByALimitSaysWhichLimitAndWhatToLookFor(String what, String status, String headline,
            String message, String body, Browser browser) throws IOException {
        browser.setCode("double[][] softmaxJacobian(double[] z) {\n    long n = 0;\n    " + body
                + "\n    return new double[(int) n][];\n}\n");
        WebElement outcome = browser.clickAndAwaitOutcome("button.submit");
        assertEquals(status, outcome.getAttribute("data-status"));
        String text = outcome.getText();
        assertTrue(text.startsWith(headline), text);
        assertTrue(text.contains(message), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "a server trace leaked: " + text);
        browser.screenshot("submission-" + status);
    }

    @Test
    void aSandboxEndedFromOutsideMidRunIsGradedAgainAndTheStudentSeesTheRealScore(Browser browser) throws Exception {
        browser.setCode("long busyUntil = System.nanoTime() + 1_500_000_000L;\nwhile (System.nanoTime() < busyUntil) { }\n"
                + WebFixture.sample("correct.jsh"));
        List<WebElement> before = browser.driver.findElements(OUTCOME);
        browser.driver.findElement(By.cssSelector(Browser.EXERCISE + " button.submit")).click();
        // SIGTERM, as an operator or a shutting-down machine might send it: not the student's doing.
        busiestAgent().destroy();
        WebElement outcome = browser.awaitNewOutcome(before);
        assertEquals("graded", outcome.getAttribute("data-status"), outcome.getText());
        assertTrue(outcome.getText().contains("Score 10 / 10"), outcome.getText());
        browser.screenshot("submission-graded-again");
    }

    /** The agent JVM burning CPU: the one running the submission, while the pool's spare agents idle. */
    private static ProcessHandle busiestAgent() throws InterruptedException {
        Map<ProcessHandle, Duration> first = agentCpu();
        Thread.sleep(CPU_SAMPLE_MS);
        Map<ProcessHandle, Duration> second = agentCpu();
        return second.entrySet().stream()
                .max(Comparator.comparing(e -> e.getValue().minus(first.getOrDefault(e.getKey(), Duration.ZERO))))
                .map(Map.Entry::getKey).orElseThrow(() -> new AssertionError("no agent process is running"));
    }

    private static Map<ProcessHandle, Duration> agentCpu() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(AGENT_MAIN))
                .collect(Collectors.toMap(p -> p, p -> p.info().totalCpuDuration().orElse(Duration.ZERO)));
    }
}
