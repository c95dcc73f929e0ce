package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Scores and feedback that read well, on any screen. The softmax exercise's deadline was 38½ days
 * ago and the course takes 10 % per started day late, so any answer handed in now is 39 started days
 * late and counts 0 (the penalty stops at 100 %); alice's correct answer was stored 11 hours ago.
 */
class BrowserClarityTest {
    private static final String SOFTMAX = "softmax-jacobian";
    private static final String LATE_FULL_MARKS = "10 / 10, 39 days late (−100%): counts 0 / 10";
    /** WCAG 2.5.8: a pointer target at least this many CSS pixels each way. */
    private static final int MIN_TARGET_PX = 24;
    private static final int PHONE = 375;
    /** 1280 px at 400 % zoom (WCAG 1.4.10). */
    private static final int REFLOW = 320;
    private static final int DESKTOP = 1366;
    private static final int HEIGHT = 900;
    private static final String EXERCISE = Browser.panel(SOFTMAX);

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> {
        WebFixture server = WebFixture.start(w -> w);
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
                .minusDays(38).minusHours(12);
        Map<String, Object> settings = Map.of("gradingPolicy", "best", "latePolicy", "penalty",
                "penaltyPercentPerDay", 10, "deadlines", Map.of(SOFTMAX, deadline.toString()));
        assertEquals(200, server.signedIn("instructor").put("/api/instructor/settings", settings).status());
        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("alice", SOFTMAX, WebFixture.sample("correct.jsh"),
                    deadline.plusDays(38).plusHours(1), 10, 1);
        }
        return server;
    });

    @Test
    void theCourseHomeShowsTheScoreThatCountsBesideTheRawScoreAndTheDaysLate(Browser browser) throws IOException {
        web.signIn("alice");
        browser.open("/home.html");
        WebElement card = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sections [data-section=\"3\"]")));
        assertTrue(card.getText().contains("0 of 10 points"), "the card adds what counts: " + card.getText());
        String standing = card.findElement(By.cssSelector("li .standing")).getText();
        assertEquals(" · " + LATE_FULL_MARKS, " " + standing);
        String due = card.findElement(By.cssSelector("li .deadline")).getText();
        assertTrue(due.contains("UTC"), "the deadline names its time zone: " + due);
        assertTrue(due.contains("(late: −10%/day)"), due);
        Axe.assertNoViolations(browser, "course home with a late answer");
    }

    @Test
    void aLateCorrectAnswerReadsAsWhatItCountsInTheResultTheHeadingAndTheAttempts(Browser browser) throws IOException {
        web.signIn("alice");
        browser.openSection("3");
        browser.setCode(WebFixture.sample("correct.jsh"));
        WebElement result = browser.clickAndAwaitOutcome("button.submit");
        assertEquals("Score " + LATE_FULL_MARKS, result.findElement(By.cssSelector(".headline")).getText(),
                "no \"full marks!\" for an answer that counts nothing");
        By heading = By.cssSelector(EXERCISE + " h2 .best");
        assertEquals("score " + LATE_FULL_MARKS, browser.driver.findElement(heading).getText());
        By summary = By.cssSelector(EXERCISE + " .history summary");
        browser.wait.until(ExpectedConditions.textToBe(summary, "Attempts (2)"));
        browser.driver.findElement(summary).click();
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(EXERCISE + " .history tbody tr"));
        assertEquals(2, rows.size());
        for (WebElement row : rows) {
            String score = row.findElements(By.tagName("td")).get(2).getText();
            assertTrue(score.startsWith(LATE_FULL_MARKS), score);
        }
        assertEquals(1, browser.driver.findElements(By.cssSelector(EXERCISE + " .history .badge.counts")).size(),
                "one attempt counts: the earlier of two equal ones");
        Axe.assertNoViolations(browser, "a late result and the attempts");
        browser.screenshot("late-result");
    }

    @Test
    void identicalHintsAreListedOnceWithHowManyTestsGaveThemAndThePointsSayWhereTheyCameFrom(Browser browser)
            throws IOException, InterruptedException {
        web.signIn("bob");
        browser.openSection("3");
        browser.setCode(WebFixture.sample("diagonal-only.jsh"));
        WebElement result = browser.clickAndAwaitOutcome("button.submit");
        JsonNode grade = lastGrade("bob");

        Map<String, Map<String, Integer>> failingByHint = new LinkedHashMap<>();
        for (JsonNode t : grade.get("tests")) {
            if (t.get("passed").asBoolean() || t.get("hint").isNull()) continue;
            failingByHint.computeIfAbsent(t.get("hint").asText(), h -> new LinkedHashMap<>())
                    .merge(t.get("kind").asText(), 1, Integer::sum);
        }
        List<String> expected = new ArrayList<>();
        failingByHint.forEach((hint, kinds) -> expected.add(counted(kinds) + ": " + hint));
        List<String> shown = result.findElements(By.cssSelector("ul.hints li")).stream().map(WebElement::getText).toList();
        assertEquals(expected, shown);
        for (String hint : failingByHint.keySet()) {
            assertEquals(1, occurrences(result.getText(), hint), "said once: " + hint);
        }
        assertEquals(expectedPointsLine(grade), result.findElement(By.cssSelector(".points-from")).getText());
        Axe.assertNoViolations(browser, "grouped hints");
    }

    @Test
    void theGradebookNamesItsColumnsByTitleAndByIdWhereSpaceIsShortWithTargetsOfAtLeast24Px(Browser browser)
            throws IOException, InterruptedException {
        web.signIn("instructor");
        browser.viewportWidth(DESKTOP, HEIGHT);
        browser.open("/gradebook.html");
        By column = By.cssSelector("#gradebook th[data-sort=\"" + SOFTMAX + "\"] button");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(column));
        String title = title(SOFTMAX);
        assertEquals(title, browser.driver.findElement(column).getText());
        assertEquals(List.of(), smallTargets("#gradebook"));
        Axe.assertNoViolations(browser, "gradebook with titles");
        browser.viewportWidth(REFLOW, HEIGHT);
        assertEquals(SOFTMAX, browser.driver.findElement(column).getText());
        assertEquals(List.of(), smallTargets("#gradebook"));
    }

    @Test
    void theTheorysPractiseItLinkNamesTheExerciseByItsTitle(Browser browser) throws IOException, InterruptedException {
        web.signIn("alice");
        browser.openSection("3");
        WebElement link = browser.driver.findElement(By.cssSelector("#text a[href=\"#" + SOFTMAX + "\"]"));
        assertEquals(title(SOFTMAX), link.getText());
        assertEquals(SOFTMAX, link.getAttribute("title"));
    }

    @Test
    void noPageScrollsSidewaysAt320Or375PxAndEachIsPhotographedAtThreeWidths(Browser browser) throws IOException {
        List<String> problems = new ArrayList<>();
        web.signIn("bob");
        browser.viewportWidth(PHONE, HEIGHT);
        browser.open("/home.html");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sections .card")));
        check(browser, "home", problems);
        browser.openSection("3");
        check(browser, "section", problems);
        assertFalse(browser.driver.findElements(By.cssSelector(EXERCISE + " .CodeMirror-wrap")).isEmpty(),
                "the editor wraps long lines");
        browser.setCode(WebFixture.sample("plus-outer.jsh"));
        browser.clickAndAwaitOutcome("button.submit");
        check(browser, "exercise-result", problems);
        By summary = By.cssSelector(EXERCISE + " .history summary");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(summary, "Attempts ("));
        browser.driver.findElement(summary).click();
        browser.driver.findElement(By.cssSelector(EXERCISE + " .history tbody tr button")).click();
        browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(summary));
        check(browser, "attempts", problems);
        browser.driver.findElement(By.id("logout")).click();
        browser.wait.until(ExpectedConditions.urlContains("/index.html"));
        web.signIn("instructor");
        browser.open("/gradebook.html");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gradebook tbody tr")));
        check(browser, "gradebook", problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void anAddressWithNoPageShowsTheNotFoundPageWithAWayBack(Browser browser) throws IOException {
        web.signIn("alice");
        browser.open("/nosuch.html");
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
        assertEquals("Not found: this address has no page.", error.getText());
        assertEquals("Not found · Tangent Lab", browser.driver.getTitle());
        Axe.assertNoViolations(browser, "an address with no page");
        browser.screenshot("address-not-found");
        browser.driver.findElement(By.cssSelector("#way-back a")).click();
        browser.wait.until(ExpectedConditions.urlContains("/home.html"));
    }

    /** Notes any sideways scroll at 320 and 375 px, and photographs the page at 320, 375 and 1366 px. */
    private static void check(Browser browser, String page, List<String> problems) throws IOException {
        for (int width : new int[] {REFLOW, PHONE}) {
            browser.viewportWidth(width, HEIGHT);
            long beyond = browser.sidewaysScroll();
            if (beyond > 0) problems.add(page + " at " + width + " px scrolls " + beyond + " px sideways");
        }
        browser.screenshotsAtWidths("width-" + page, HEIGHT, REFLOW, PHONE, DESKTOP);
        browser.viewportWidth(PHONE, HEIGHT);
    }

    /** Every button and link inside {@code selector} smaller than 24 × 24 CSS pixels, as "text: w × h". */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(String selector) {
        return (List<String>) web.browser().driver.executeScript("return [...document.querySelectorAll(arguments[0]"
                + " + ' button, ' + arguments[0] + ' a')].map((e) => [e, e.getBoundingClientRect()])"
                + ".filter(([e, r]) => r.width > 0 && (r.width < arguments[1] || r.height < arguments[1]))"
                + ".map(([e, r]) => `${e.textContent}: ${r.width} × ${r.height}`)", selector, MIN_TARGET_PX);
    }

    /** "7 hidden tests", "1 example and 2 hidden tests", as the page counts them. */
    private static String counted(Map<String, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(n + " " + kindName(kind, n)));
        return and(parts);
    }

    private static String kindName(String kind, int n) {
        String one = switch (kind) {
            case "example" -> "example";
            case "hidden" -> "hidden test";
            case "robustness" -> "robustness test";
            case "property" -> "property check";
            default -> throw new AssertionError("a kind of test the page does not name: " + kind);
        };
        return n == 1 ? one : one + "s";
    }

    /**
     * The score is the points times the share of the tests' weights earned, so each kind's part is
     * its weight earned over all the weights; a kind that earned everything is the score itself.
     * "Points: 0.59 from 1 of 3 property checks held; nothing from 0 of 2 examples passed and ...".
     */
    private static String expectedPointsLine(JsonNode grade) {
        Map<String, double[]> kinds = new LinkedHashMap<>();
        double possible = 0;
        for (JsonNode t : grade.get("tests")) {
            double[] k = kinds.computeIfAbsent(t.get("kind").asText(), x -> new double[3]);
            k[0]++;
            if (t.get("passed").asBoolean()) k[1]++;
            k[2] += t.get("points").asDouble();
            possible += t.get("maxPoints").asDouble();
        }
        long earning = kinds.values().stream().filter(k -> k[2] > 0).count();
        List<String> from = new ArrayList<>();
        List<String> nothing = new ArrayList<>();
        for (Map.Entry<String, double[]> e : kinds.entrySet()) {
            double[] k = e.getValue();
            String verb = e.getKey().equals("property") ? "held" : "passed";
            String count = (long) k[1] + " of " + (long) k[0] + " " + kindName(e.getKey(), (int) k[0]) + " " + verb;
            if (k[2] <= 0) {
                nothing.add(count);
                continue;
            }
            double share = earning == 1 ? grade.get("score").asDouble()
                    : grade.get("maxScore").asDouble() * k[2] / possible;
            from.add(plain(share) + " from " + count);
        }
        String rest = nothing.isEmpty() ? "" : (from.isEmpty() ? "" : "; ") + "nothing from " + and(nothing);
        return "Points: " + String.join("; ", from) + rest + ".";
    }

    private static String and(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** As the page writes a score: to hundredths, no trailing zeros. */
    private static String plain(double x) {
        return BigDecimal.valueOf(Math.round(x * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static JsonNode lastGrade(String student) throws IOException, InterruptedException {
        WebFixture.Client c = web.server().signedIn(student);
        JsonNode attempts = c.get("/api/exercises/" + SOFTMAX + "/submissions").json().get("attempts");
        long last = 0;
        for (JsonNode a : attempts) last = Math.max(last, a.get("id").asLong());
        return c.get("/api/submissions/" + last).json().get("grade");
    }

    private static String title(String id) throws IOException, InterruptedException {
        for (JsonNode x : web.server().signedIn("alice").get("/api/exercises").json()) {
            if (x.get("id").asText().equals(id)) return x.get("title").asText();
        }
        throw new AssertionError("no exercise " + id);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
