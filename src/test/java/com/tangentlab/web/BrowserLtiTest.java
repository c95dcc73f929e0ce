package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.lti.TestPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Launches in a real browser from a platform of our own, the tool in the platform's frame on another site
 * (the platform at 127.0.0.1, the tool at localhost), so that the session cookie must be SameSite=None to
 * be sent: an instructor lands on the dashboard, a student on the exercise the link names, a refused launch
 * on its page; and the Learning platforms page registers one.
 */
class BrowserLtiTest {
    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w);

    private static TestPlatform platform;

    @BeforeAll
    static void registerThePlatform() throws Exception {
        platform = TestPlatform.start();
        platform.useTool(toolSite() + "/lti/login");
        assertEquals(201, web.server().signedIn("instructor").post("/api/instructor/lti/platforms", platform.registrationBody()).status());
    }

    @AfterAll
    static void stopThePlatform() {
        platform.close();
    }

    /** Another site than the platform's 127.0.0.1, on the same server. */
    private static String toolSite() {
        return "http://localhost:" + web.server().platform.port();
    }

    /** Opens the platform's course page as {@code user} and enters the tool's frame once it shows {@code css}. */
    private static void openCourseAs(Browser browser, TestPlatform.User user, String css) {
        browser.driver.get(platform.issuer() + "/course?user=" + user.subject());
        browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void anInstructorLaunchedInThePlatformsFrameLandsOnTheDashboardSignedIn(Browser browser) throws Exception {
        platform.whenLoggingIn(TestPlatform.INSTRUCTOR.subject(), c -> c);
        openCourseAs(browser, TestPlatform.INSTRUCTOR, "#overview .tile");
        String who = browser.driver.findElement(By.cssSelector("#topbar .who")).getText();
        assertTrue(who.contains("Ines Instructor") && who.contains("instructor"), who);
        assertTrue(browser.driver.findElements(By.cssSelector("#dashnav a[data-page=lti]")).isEmpty(),
                "registering platforms is for the site's instructor accounts, not a course's");
        browser.screenshot("lti-instructor-launch");
    }

    @Test
    void aStudentLaunchedFromAnExerciseLinkOfACourseItsInstructorOpenedOpensThatExerciseAsAStudent(Browser browser) throws Exception {
        platform.whenLoggingIn(TestPlatform.INSTRUCTOR.subject(), c -> c);
        openCourseAs(browser, TestPlatform.INSTRUCTOR, "#overview");
        browser.driver.switchTo().defaultContent();
        platform.whenLoggingIn(TestPlatform.ALICE.subject(), c -> c.claim(
                "https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("exercise", "softmax-jacobian")));
        openCourseAs(browser, TestPlatform.ALICE, Browser.EXERCISE + " .CodeMirror");
        String who = browser.driver.findElement(By.cssSelector("#topbar .who")).getText();
        assertTrue(who.contains("Alice Learner") && who.contains("student"), who);
        // Inside the frame, where the partitioned cookie lives: the dashboard refuses a student.
        browser.driver.executeScript("location.assign('/instructor.html')");
        WebElement refusal = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
        assertTrue(refusal.getText().contains("instructors only"), refusal.getText());
    }

    @Test
    void anInstructorDeepLinksTwoExercisesAndThePlatformGetsTheirLineItems(Browser browser) throws Exception {
        platform.whenLoggingIn(TestPlatform.INSTRUCTOR.subject(), platform::deepLinking);
        openCourseAs(browser, TestPlatform.INSTRUCTOR, "input[name=exercise][value=softmax-jacobian]");
        // axe checks the platform's page with the tool's frame in it, and leaves the driver on the page.
        browser.driver.switchTo().defaultContent();
        Axe.assertNoViolations(browser, "deep linking in the platform's frame");
        browser.driver.switchTo().frame(browser.driver.findElement(By.id("tool")));
        int before = platform.linkedItems().size();
        browser.driver.findElement(By.cssSelector("input[name=exercise][value=softmax-jacobian]")).click();
        browser.driver.findElement(By.cssSelector("input[name=exercise][value=newton-step]")).click();
        browser.driver.findElement(By.cssSelector("#picks-form button[type=submit]")).click();
        WebElement linked = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("linked")));
        assertEquals("2 links added", linked.getText());
        List<Map<String, Object>> items = platform.linkedItems().subList(before, before + 2);
        assertEquals(List.of("softmax-jacobian", "newton-step"), items.stream()
                .map(i -> ((Map<?, ?>) i.get("lineItem")).get("resourceId")).toList());
        browser.screenshot("lti-deep-linked");
    }

    @Test
    void aRefusedLaunchShowsItsPageWhichAxeFindsNothingOn(Browser browser) throws Exception {
        platform.whenLoggingIn(TestPlatform.BOB.subject(), c -> c.claim(
                "https://purl.imsglobal.org/spec/lti/claim/deployment_id", "deployment-nobody-registered"));
        browser.driver.get(toolSite() + "/lti/login?iss=" + platform.issuer() + "&login_hint="
                + TestPlatform.BOB.subject() + "&target_link_uri=" + toolSite() + "/lti/launch");
        WebElement refusal = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
        assertTrue(refusal.getText().contains("deployment"), refusal.getText());
        assertEquals("unregistered-deployment", browser.driver.findElement(By.id("refusal-code")).getText());
        Axe.assertNoViolations(browser, "refused launch");
        browser.screenshot("lti-refused-launch");
    }

    @Test
    void theLearningPlatformsPageShowsWhatToPasteAndRegistersAPlatform(Browser browser) throws Exception {
        web.signIn("instructor");
        browser.open("/lti.html");
        WebElement login = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-url=loginUrl]")));
        assertTrue(login.getText().endsWith("/lti/login"), login.getText());
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#platforms tbody tr"), 1));
        Axe.assertNoViolations(browser, "learning platforms");
        String canvas = "https://canvas.example.edu";
        browser.driver.findElement(By.id("issuer")).sendKeys(canvas);
        browser.driver.findElement(By.id("client-id")).sendKeys("10000000000042");
        browser.driver.findElement(By.id("deployment-ids")).sendKeys("42:abc");
        browser.driver.findElement(By.id("auth-endpoint")).sendKeys(canvas + "/api/lti/authorize_redirect");
        browser.driver.findElement(By.id("token-endpoint")).sendKeys(canvas + "/login/oauth2/token");
        browser.driver.findElement(By.id("jwks-url")).sendKeys(canvas + "/api/lti/security/jwks");
        browser.driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#platforms tbody tr"), 2));
        assertTrue(browser.driver.findElement(By.id("register-result")).getText().contains(canvas));
        Axe.assertNoViolations(browser, "learning platforms after registering one");
        browser.screenshot("lti-platforms");
    }
}
