package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.tangentlab.config.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What every browser test needs, set up once here: the system Chromium (skipped without it, but
 * failing under CI=true), a real server started for the test class, a fresh browser for each
 * test (or one for the whole class), signed in when the class names a user, and a screenshot
 * with the page's HTML of whatever the browser showed when a test failed.
 *
 * <p>Registered on a static field, so the server is up before the class's own {@code @BeforeAll}:
 * <pre>{@code @RegisterExtension static final BrowserExtension web = BrowserExtension.server(w -> w).signedInAs("alice");}</pre>
 * Tests take the {@link Browser} and the {@link WebFixture} as parameters, or ask {@link #browser()}.
 */
final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    private static final Path FAILURES = Path.of("target/screenshots/failed");

    /** Starts the class's server; {@code folder} is a fresh directory, deleted after the class. */
    @FunctionalInterface
    interface ServerStart {
        WebFixture start(Path folder) throws Exception;
    }

    private final ServerStart start;
    private final String user;
    private final boolean browserPerClass;

    private Path folder;
    private WebFixture server;
    private Browser browser;

    private BrowserExtension(ServerStart start, String user, boolean browserPerClass) {
        this.start = start;
        this.user = user;
        this.browserPerClass = browserPerClass;
    }

    /** A server over a fresh in-memory database with the project's exercises and these web settings. */
    static BrowserExtension server(UnaryOperator<Settings.Web> web) {
        return starting(folder -> WebFixture.start(web));
    }

    /** A server the test class starts (and seeds) itself. */
    static BrowserExtension starting(ServerStart start) {
        return new BrowserExtension(start, null, false);
    }

    /** Every browser opened signs in as this demo account first. */
    BrowserExtension signedInAs(String username) {
        return new BrowserExtension(start, username, browserPerClass);
    }

    /** One browser for all the class's tests, where each test only adds to what the last one left. */
    BrowserExtension oneBrowserPerClass() {
        return new BrowserExtension(start, user, true);
    }

    WebFixture server() {
        return server;
    }

    Browser browser() {
        return browser;
    }

    /** Signs the current browser in as a demo account, with the password the server made for it. */
    void signIn(String username) {
        browser.signIn(username, server.password(username));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireChromium();
        folder = Files.createTempDirectory("tangentlab-browser-test-");
        server = start.start(folder);
        if (browserPerClass) openBrowser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!browserPerClass) openBrowser(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent()) keepFailure(context);
        } finally {
            if (!browserPerClass) closeBrowser();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            closeBrowser();
        } finally {
            if (server != null) server.close();
            server = null;
            deleteFolder();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == WebFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class ? browser : server;
    }

    /** Skips the test class without the browser, but fails it under CI=true. */
    private static void requireChromium() {
        boolean present = Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + " is missing; CI must run the browser tests:"
                    + " apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver)");
    }

    private void openBrowser(ExtensionContext context) throws IOException {
        browser = new Browser(server);
        if (user == null) return;
        try {
            signIn(user);
        } catch (RuntimeException e) {
            keepFailure(context);
            throw e;
        }
    }

    private void closeBrowser() throws IOException {
        if (browser != null) browser.close();
        browser = null;
    }

    /** The page as the failing test left it: a screenshot and its HTML, named after the test. */
    private void keepFailure(ExtensionContext context) throws IOException {
        if (browser == null) return;
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getDisplayName().replaceAll("[^A-Za-z0-9_.-]+", "_");
        Files.createDirectories(FAILURES);
        try {
            browser.screenshot("failed/" + name);
            Files.writeString(FAILURES.resolve(name + ".html"), browser.driver.getPageSource());
        } catch (RuntimeException e) {
            // A browser that crashed cannot be photographed; the test's own failure is what matters.
            System.err.println("no screenshot of " + name + ": " + e);
        }
    }

    private void deleteFolder() throws IOException {
        if (folder == null) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        folder = null;
    }
}
