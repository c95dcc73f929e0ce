package com.tangentlab.app;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.NewAccount;
import com.tangentlab.account.Passwords;
import com.tangentlab.account.User;
import com.tangentlab.analytics.Analytics;
import com.tangentlab.config.Settings;
import com.tangentlab.course.Chapter;
import com.tangentlab.course.Course;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.figure.FigureCatalog;
import com.tangentlab.regrade.Regrader;
import com.tangentlab.similarity.NearDuplicates;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.Database;
import com.tangentlab.store.DraftStore;
import com.tangentlab.store.RegradeStore;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.submit.ExampleRunner;
import com.tangentlab.submit.GradingQueue;
import com.tangentlab.submit.RateLimiter;
import com.tangentlab.web.WebApp;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * The web platform running: the services of every command, accounts, the grading queue and
 * the HTTP server, started together and closed together.
 */
public final class WebPlatform implements AutoCloseable {
    /** What a user refused for a full queue is told to wait: about one grade per worker. */
    private static final long RETRY_WHEN_FULL_SECONDS = 5;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final Services services;
    private final GradingQueue queue;
    private final Regrader regrader;
    private final Javalin server;
    private final AccountService accounts;
    private final List<NewAccount> demoAccountsCreated;
    private final int resumed;

    private WebPlatform(Services services, GradingQueue queue, Regrader regrader, Javalin server,
            AccountService accounts, List<NewAccount> demoAccountsCreated, int resumed) {
        this.services = services;
        this.queue = queue;
        this.regrader = regrader;
        this.server = server;
        this.accounts = accounts;
        this.demoAccountsCreated = demoAccountsCreated;
        this.resumed = resumed;
    }

    /**
     * Opens everything, creates the demo accounts if there are no accounts yet, starts the
     * server on the configured host and port, and queues the web submissions a previous run
     * left ungraded.
     */
    public static WebPlatform start(Settings settings) {
        // Read before the sandbox starts: a broken theory page stops the start at once.
        Chapter chapter = Chapter.load(settings.exercisesDir().resolve(ExerciseCatalog.THEORY_FOLDER));
        Services services = Services.start(settings);
        GradingQueue queue = null;
        Regrader regrader = null;
        try {
            Settings.Web web = settings.web();
            Clock clock = Clock.systemUTC();
            DataSource data = services.database().dataSource();
            AccountService accounts = new AccountService(data, new Passwords(), clock, web.sessionTimeout());
            List<NewAccount> demo = accounts.createDemoAccountsIfNone();
            queue = new GradingQueue(services.catalog(), services.judge(), services.store(),
                    new RateLimiter("submissions", web.submissionsPerMinute(), RATE_WINDOW, clock), new SecureRandom()::nextLong,
                    web.gradingWorkers(), web.queueCapacity(), RETRY_WHEN_FULL_SECONDS);
            ExampleRunner runner = new ExampleRunner(services.judge(), web.gradingWorkers(), RETRY_WHEN_FULL_SECONDS);
            ClassSubmissions classSubmissions = new ClassSubmissions(data);
            SectionViewStore views = new SectionViewStore(data, clock);
            regrader = new Regrader(services.catalog(), classSubmissions, new RegradeStore(data, clock),
                    services.judge()::grade, queue::busy);
            WebApp.Insights insights = new WebApp.Insights(views, classSubmissions,
                    new Analytics(services.catalog(), classSubmissions, views), regrader,
                    new NearDuplicates(classSubmissions));
            Javalin server = WebApp.create(new WebApp.Dependencies(new Course(services.catalog(), chapter, services.store()),
                    accounts, new DraftStore(data, clock), services.store(), queue, runner, FigureCatalog.chapter(), web,
                    insights));
            server.start(web.host(), web.port());
            int resumed = queue.resumeUngraded();
            return new WebPlatform(services, queue, regrader, server, accounts, demo, resumed);
        } catch (RuntimeException e) {
            if (regrader != null) regrader.close();
            if (queue != null) queue.close();
            services.close();
            throw e;
        }
    }

    /**
     * Sets the password of {@code username} (generated when null) without starting the server
     * or the sandbox: the way back in for an instructor who lost theirs.
     */
    public static NewAccount resetPassword(Settings settings, String username, String password) {
        try (Database database = Database.open(settings.databaseUrl())) {
            return new AccountService(database.dataSource(), new Passwords(), Clock.systemUTC(),
                    settings.web().sessionTimeout()).resetPassword(username, password);
        }
    }

    /** The port listened on, the one chosen when the settings asked for port 0. */
    public int port() {
        return server.port();
    }

    /** The demo accounts created by this start, with their passwords; empty when accounts existed. */
    public List<NewAccount> demoAccountsCreated() {
        return demoAccountsCreated;
    }

    public List<User> demoUsers() {
        return accounts.demoUsers();
    }

    /** How many ungraded web submissions of an earlier run were queued at start. */
    public int resumed() {
        return resumed;
    }

    public String isolationWarning() {
        return services.isolationWarning();
    }

    /** Stops taking requests, then lets the queue wind down; ungraded submissions wait for the next start. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                regrader.close();
                queue.close();
            } finally {
                services.close();
            }
        }
    }
}
