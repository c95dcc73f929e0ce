package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.web.WebFixture.Client;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) finds nothing on any page in any state a student or an
 * instructor meets: sign-in, the course home, every section, an exercise after each kind of
 * outcome, every instructor page, every refusal and every page that names a missing thing.
 * Each test lists every violation it met, by page and state, rule and element, before it fails.
 */
class BrowserAccessibilityTest {
    private static final String SOFTMAX = "softmax-jacobian";
    private static final int SECTIONS = 21;
    private static final String BROKEN = "double[][] softmaxJacobian(double[] z) {\n    double[] p = z.clone()\n"
            + "    return null;\n}\n";
    private static final String ENDLESS = "double[][] softmaxJacobian(double[] z) {\n    long n = 0;\n"
            + "    while (n >= 0) n++;\n    return new double[(int) n][];\n}\n";
    private static final List<String> DASHBOARD_PAGES = List.of("/instructor.html", "/gradebook.html",
            "/student.html?user=alice", "/analytics.html", "/submissions.html", "/regrade.html", "/similarity.html",
            "/settings.html");
    /** Three replays in fresh agents on a busy machine. */
    private static final Duration REGRADE_TIME = Duration.ofSeconds(120);

    private static final String CAROLS_PASSWORD = "carols-password";

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.starting(folder -> withAClass(WebFixture.start(w -> w)));

    private final List<String> found = new ArrayList<>();

    /**
     * alice tries twice, bob hands in a copy of her answer: every dashboard page has something to
     * show. carol, who joins the class, tries every outcome, and leaves alice's and bob's alone.
     */
    private static WebFixture withAClass(WebFixture server) throws Exception {
        assertEquals(201, server.signedIn("instructor").postRaw("/api/instructor/roster",
                "carol,Carol Chen," + CAROLS_PASSWORD, "text/csv").status());
        Client alice = server.signedIn("alice");
        Client bob = server.signedIn("bob");
        graded(alice, WebFixture.sample("diagonal-only.jsh"));
        graded(alice, WebFixture.sample("correct.jsh"));
        graded(bob, WebFixture.sample("correct.jsh").replace("double[] p", "double[] probs").replace("p[", "probs[")
                .replace("p.length", "probs.length").replace("return p;", "return probs;")
                .replace("stream(p)", "stream(probs)"));
        return server;
    }

    private static void graded(Client c, String code) throws Exception {
        c.awaitGraded(c.post("/api/exercises/" + SOFTMAX + "/submissions", Client.code(code)).json().get("id").asLong());
    }

    @Test
    void aViolationFailsNamingItsRuleAndElement(Browser browser) {
        browser.open("/index.html");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        browser.driver.executeScript("const i = document.createElement('input'); i.id = 'unnamed';"
                + "document.getElementById('login').append(i);");
        List<Axe.Violation> violations = Axe.violations(browser.driver);
        assertTrue(violations.stream().anyMatch(v -> v.rule().equals("label") && v.target().contains("#unnamed")),
                Axe.describe("sign-in with an unnamed field", violations));
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Axe.assertNoViolations(browser, "sign-in with an unnamed field"));
        assertTrue(failure.getMessage().contains("label (critical) at [#unnamed]"), failure.getMessage());
    }

    @Test
    void signInTheCourseHomeAndEverySectionHaveNoViolations(Browser browser, WebFixture server) throws Exception {
        browser.open("/index.html");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        check(browser, "sign-in");
        browser.driver.findElement(By.id("username")).sendKeys("alice");
        browser.driver.findElement(By.id("password")).sendKeys("not her password");
        browser.driver.findElement(By.cssSelector("#login button")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        check(browser, "sign-in after a wrong password");

        web.signIn("alice");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-section=\"3\"]")));
        check(browser, "course home");
        JsonNode sections = server.signedIn("alice").get("/api/sections").json();
        assertEquals(SECTIONS, sections.size());
        for (JsonNode section : sections) {
            String number = section.get("section").asText();
            openSectionWhole(browser, number, !section.get("exercises").isEmpty());
            check(browser, "section " + number);
        }
        assertNoneFound();
    }

    @Test
    void anExerciseAfterEachKindOfOutcomeHasNoViolations(Browser browser) throws Exception {
        browser.signIn("carol", CAROLS_PASSWORD);
        browser.openSection("3");
        browser.setCode(WebFixture.sample("correct.jsh"));
        browser.clickAndAwaitOutcome("button.run");
        check(browser, "exercise after Run examples");
        browser.setCode(WebFixture.sample("diagonal-only.jsh"));
        assertEquals("graded", browser.clickAndAwaitOutcome("button.submit").getAttribute("data-status"));
        check(browser, "exercise after a wrong answer");
        browser.setCode(WebFixture.sample("correct.jsh"));
        assertTrue(browser.clickAndAwaitOutcome("button.submit").getText().contains("full marks"));
        check(browser, "exercise after a right answer");
        browser.setCode(BROKEN);
        assertEquals("compile_error", browser.clickAndAwaitOutcome("button.submit").getAttribute("data-status"));
        check(browser, "exercise after a compile error");
        browser.setCode(ENDLESS);
        assertEquals("timeout", browser.clickAndAwaitOutcome("button.submit").getAttribute("data-status"));
        check(browser, "exercise after a timeout");
        By summary = By.cssSelector(Browser.EXERCISE + " .history summary");
        browser.driver.findElement(summary).click();
        browser.driver.findElement(By.cssSelector(Browser.EXERCISE + " .history tbody tr button")).click();
        check(browser, "exercise with an attempt's code open");
        assertNoneFound();
    }

    @Test
    void everyInstructorPageHasNoViolations(Browser browser) {
        web.signIn("instructor");
        visit(browser, "/instructor.html", "#overview .tile");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tbody tr")));
        check(browser, "dashboard home and accounts");

        visit(browser, "/gradebook.html", "#gradebook tbody tr");
        check(browser, "gradebook");
        browser.driver.findElement(By.cssSelector("tr[data-student=alice] td[data-exercise=\"" + SOFTMAX
                + "\"] button.cell-open")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cell-attempts details")));
        check(browser, "gradebook with a cell's attempts");

        visit(browser, "/student.html", "#student-list a");
        check(browser, "students");
        visit(browser, "/student.html?user=alice", "#timeline tbody tr");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart canvas")));
        check(browser, "a student's timeline");

        visit(browser, "/analytics.html", "#exercise-summaries tbody tr");
        check(browser, "analytics");
        visit(browser, "/analytics.html?exercise=" + SOFTMAX, "#histogram canvas");
        check(browser, "analytics of one exercise");

        submissions(browser);
        regrade(browser);
        similarity(browser);

        visit(browser, "/settings.html", "input.deadline");
        check(browser, "settings");
        assertNoneFound();
    }

    @Test
    void everyRefusalAndMissingPageHasNoViolations(Browser browser) {
        browser.open("/section.html?section=99");
        browser.wait.until(ExpectedConditions.urlContains("/index.html?next="));
        web.signIn("bob");
        browser.wait.until(ExpectedConditions.urlContains("/section.html?section=99"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
        check(browser, "a section the chapter does not have");
        for (String page : DASHBOARD_PAGES) {
            browser.open(page);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
            check(browser, "a student refused " + page);
        }
        assertNoneFound();
    }

    @Test
    void theGradingIndicatorSpinsOnlyForThoseWhoDidNotAskForLessMotion(Browser browser) {
        web.signIn("alice");
        browser.openSection("3");
        assertEquals("spin", spinnerAnimation(browser));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        assertEquals("none", spinnerAnimation(browser));
    }

    private static String spinnerAnimation(Browser browser) {
        return (String) browser.driver.executeScript("return getComputedStyle(document.querySelector(arguments[0]),"
                + " '::before').animationName;", Browser.EXERCISE + " .progress");
    }

    private void submissions(Browser browser) {
        visit(browser, "/submissions.html?student=alice", "#submissions .tick");
        check(browser, "submissions");
        List<WebElement> ticks = browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#submissions .tick"), 1));
        ticks.get(0).click();
        ticks.get(1).click();
        browser.driver.findElement(By.id("compare")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        check(browser, "two submissions compared");
        browser.driver.findElement(By.cssSelector("#submissions .open")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail .code:not(.diff)")));
        check(browser, "one submission open");
    }

    private void regrade(Browser browser) {
        visit(browser, "/regrade.html", "#r-exercise");
        check(browser, "regrade");
        new Select(browser.driver.findElement(By.id("r-exercise"))).selectByValue(SOFTMAX);
        browser.driver.findElement(By.id("start")).click();
        new WebDriverWait(browser.driver, REGRADE_TIME)
                .until(ExpectedConditions.attributeToBe(By.id("run"), "data-state", "finished"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("regrade-report")));
        check(browser, "a regrade's report");
        browser.driver.findElement(By.id("abandon")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("run"), "data-state", "abandoned"));
    }

    private void similarity(Browser browser) {
        browser.open("/similarity.html?exercise=" + SOFTMAX);
        WebElement view = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".view-pair")));
        check(browser, "similarity");
        view.click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side-by-side .match")));
        check(browser, "a similar pair side by side");
    }

    private static void visit(Browser browser, String page, String ready) {
        browser.open(page);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
    }

    /** A section with its maths typeset, its exercises' editors or its note, and every figure drawn. */
    private static void openSectionWhole(Browser browser, String number, boolean hasExercises) {
        browser.open("/section.html?section=" + number);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text h1")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                hasExercises ? "#exercises .exercise .CodeMirror" : "#exercises .note")));
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".figure[aria-busy=\"true\"]"), 0));
    }

    private void check(Browser browser, String state) {
        List<Axe.Violation> violations = Axe.violations(browser.driver);
        if (!violations.isEmpty()) found.add(Axe.describe(state, violations));
    }

    private void assertNoneFound() {
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
