package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The student pages in a real browser against a real server (in-memory database, real judge).
 * Only the system Chromium and chromedriver are used: both paths are given, so Selenium Manager
 * never runs and nothing is downloaded. Without them the class is skipped, except under CI=true.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String EXERCISE = "[data-exercise=\"softmax-jacobian\"]";

    private static WebFixture server;
    private static String base;

    private ChromeDriver driver;
    private Path profile;
    private WebDriverWait wait;

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing; CI must run the browser tests:"
                    + " apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver)");
        server = WebFixture.start(web -> web);
        base = "http://127.0.0.1:" + server.platform.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("tangentlab-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void studentSignsInAndSeesTheSectionsWithProgress() throws IOException {
        driver.get(base + "/home.html");
        wait.until(ExpectedConditions.urlContains("/index.html?next="));
        screenshot("login");
        signIn("alice", server.password("alice"));
        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-section=\"3\"]")));
        assertTrue(section.getText().contains("The softmax Jacobian"), section.getText());
        assertTrue(driver.findElement(By.id("topbar")).getText().contains("alice"));
        screenshot("home");
    }

    @Test
    void wrongRightAndBrokenSubmissionsReadClearly() throws IOException {
        signIn("bob", server.password("bob"));
        driver.get(base + "/section.html?section=3");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .katex")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EXERCISE + " .CodeMirror")));
        screenshot("section");

        setCode(WebFixture.sample("correct.jsh"));
        WebElement run = clickAndAwaitOutcome("button.run");
        assertTrue(run.getText().contains("examples pass"), run.getText());
        assertTrue(run.getText().contains("Printed output"), run.getText());

        setCode(WebFixture.sample("diagonal-only.jsh"));
        WebElement wrong = clickAndAwaitOutcome("button.submit");
        assertTrue(wrong.getText().contains("Score 0.59 / 10"), wrong.getText());
        assertTrue(wrong.getText().contains("the − p pᵀ term is missing"), wrong.getText());
        screenshot("submission-wrong");

        setCode(WebFixture.sample("correct.jsh"));
        WebElement right = clickAndAwaitOutcome("button.submit");
        assertTrue(right.getText().contains("Score 10 / 10: full marks"), right.getText());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(EXERCISE + " h2"), "best 10"));

        setCode("double[][] softmaxJacobian(double[] z) {\n    double[] p = z.clone()\n    return null;\n}\n");
        WebElement broken = clickAndAwaitOutcome("button.submit");
        assertEquals("compile_error", broken.getAttribute("data-status"));
        WebElement message = driver.findElement(By.cssSelector(EXERCISE + " .cm-error-message"));
        assertTrue(message.getText().startsWith("line 2"), message.getText());
        Object marked = driver.executeScript("return " + codeMirror() + ".lineInfo(1).bgClass");
        assertEquals("cm-error-line", marked);
        screenshot("submission-compile-error");

        // The history is fetched again just after the outcome is shown.
        By summary = By.cssSelector(EXERCISE + " .history summary");
        wait.until(ExpectedConditions.textToBe(summary, "Attempts (3)"));
        WebElement history = driver.findElement(summary);
        history.click();
        driver.findElement(By.cssSelector(EXERCISE + " .history tbody tr button")).click();
        String shown = driver.findElement(By.cssSelector(EXERCISE + " .attempt-code")).getText();
        assertTrue(shown.contains("softmaxJacobian"), shown);
    }

    @Test
    void aNarrowScreenStacksTheExercisesUnderTheText() throws IOException {
        driver.manage().window().setSize(new Dimension(600, 1000));
        signIn("alice", server.password("alice"));
        driver.get(base + "/section.html?section=3");
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .katex")));
        WebElement exercise = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EXERCISE)));
        assertTrue(exercise.getRect().getY() > driver.findElement(By.id("text")).getRect().getY()
                + driver.findElement(By.id("text")).getRect().getHeight() - 1, "not stacked: " + text.getRect());
        screenshot("section-narrow");
    }

    @Test
    void theDraftIsSavedAndComesBack() {
        signIn("alice", server.password("alice"));
        driver.get(base + "/section.html?section=3");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EXERCISE + " .CodeMirror")));
        setCode("// kept for later\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(EXERCISE + " .saved"),
                "draft saved"));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EXERCISE + " .CodeMirror")));
        assertEquals("// kept for later\n", driver.executeScript("return " + codeMirror() + ".getValue()"));
    }

    @Test
    void aStudentOnTheInstructorPageIsRefused() throws IOException {
        signIn("alice", server.password("alice"));
        driver.get(base + "/instructor.html");
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
        assertEquals("403: instructors only", refusal.getText());
        assertFalse(driver.findElement(By.id("instructor")).isDisplayed());
        screenshot("instructor-refused");
    }

    @Test
    void anInstructorSeesTheAccounts() {
        signIn("instructor", server.password("instructor"));
        driver.get(base + "/instructor.html");
        WebElement users = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users")));
        wait.until(ExpectedConditions.textToBePresentInElement(users, "alice"));
    }

    private void signIn(String username, String password) {
        if (!driver.getCurrentUrl().contains("/index.html")) driver.get(base + "/index.html");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        form.submit();
        wait.until(ExpectedConditions.urlContains(".html"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/index.html")));
    }

    private static String codeMirror() {
        return "document.querySelector('" + EXERCISE.replace("\"", "\\\"") + " .CodeMirror').CodeMirror";
    }

    /** Through CodeMirror's own API, as typing would: its change event drives the autosave. */
    private void setCode(String code) {
        driver.executeScript(codeMirror() + ".setValue(arguments[0])", code);
    }

    /** Waits for the new outcome, not the one already shown from the previous click. */
    private WebElement clickAndAwaitOutcome(String button) {
        By outcome = By.cssSelector(EXERCISE + " .result .outcome");
        List<WebElement> previous = driver.findElements(outcome);
        driver.findElement(By.cssSelector(EXERCISE + " " + button)).click();
        WebDriverWait grading = new WebDriverWait(driver, Duration.ofSeconds(60));
        if (!previous.isEmpty()) grading.until(ExpectedConditions.stalenessOf(previous.get(0)));
        return grading.until(ExpectedConditions.presenceOfElementLocated(outcome));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
