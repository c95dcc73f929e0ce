package com.tangentlab.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless system Chromium with a fresh profile, driven by the system chromedriver. Both paths
 * are given, so Selenium Manager never runs and nothing is downloaded. {@link BrowserExtension} opens
 * and closes it around the browser tests.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SOFTMAX = "softmax-jacobian";
    static final String EXERCISE = panel(SOFTMAX);
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final String base;

    Browser(WebFixture server) throws IOException {
        base = "http://127.0.0.1:" + server.platform.port();
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

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        if (!driver.getCurrentUrl().contains("/index.html")) open("/index.html");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        for (String field : List.of("username", "password")) driver.findElement(By.id(field)).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        form.submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/index.html")));
    }

    /** Opens a section page and waits until the softmax exercise's editor is there. */
    void openSection(String section) {
        openSection(section, SOFTMAX);
    }

    /** Opens a section page and waits until the editor of exercise {@code id} is there. */
    void openSection(String section, String id) {
        open("/section.html?section=" + section);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(panel(id) + " .CodeMirror")));
    }

    static String codeMirror() {
        return codeMirror(SOFTMAX);
    }

    static String codeMirror(String id) {
        return "document.querySelector('" + panel(id).replace("\"", "\\\"") + " .CodeMirror').CodeMirror";
    }

    /** Through CodeMirror's own API, as typing would: its change event drives the autosave. */
    void setCode(String code) {
        setCode(SOFTMAX, code);
    }

    void setCode(String id, String code) {
        driver.executeScript(codeMirror(id) + ".setValue(arguments[0])", code);
    }

    /** Waits for the new outcome, not the one already shown from the previous click. */
    WebElement clickAndAwaitOutcome(String button) {
        return clickAndAwaitOutcome(SOFTMAX, button);
    }

    WebElement clickAndAwaitOutcome(String id, String button) {
        List<WebElement> previous = driver.findElements(outcome(id));
        driver.findElement(By.cssSelector(panel(id) + " " + button)).click();
        return awaitNewOutcome(id, previous);
    }

    /** Waits until the outcome shown before ({@code previous}, possibly none) has been replaced. */
    WebElement awaitNewOutcome(List<WebElement> previous) {
        return awaitNewOutcome(SOFTMAX, previous);
    }

    WebElement awaitNewOutcome(String id, List<WebElement> previous) {
        WebDriverWait grading = new WebDriverWait(driver, Duration.ofSeconds(60));
        if (!previous.isEmpty()) grading.until(ExpectedConditions.stalenessOf(previous.get(0)));
        return grading.until(ExpectedConditions.presenceOfElementLocated(outcome(id)));
    }

    static String panel(String id) {
        return "[data-exercise=\"" + id + "\"]";
    }

    private static By outcome(String id) {
        return By.cssSelector(panel(id) + " .result .outcome");
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Only the given element, e.g. one figure of a long text column. */
    void screenshot(String name, WebElement element) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = element.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Makes the page's viewport {@code width} CSS pixels wide (and the window {@code height} tall):
     * the window's own frame, if any, is measured and added.
     */
    void viewportWidth(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        if (inner != width) driver.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
    }

    /** How far the page reaches beyond the window's right edge, in CSS pixels: 0 when it does not scroll sideways. */
    long sidewaysScroll() {
        return ((Number) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")).longValue();
    }

    /** A screenshot of the page at each viewport width, named {@code name-<width>}; the window is left at the last. */
    void screenshotsAtWidths(String name, int height, int... widths) throws IOException {
        for (int width : widths) {
            viewportWidth(width, height);
            screenshot(name + "-" + width);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
