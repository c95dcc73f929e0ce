package com.tangentlab.app;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.NewAccount;
import com.tangentlab.account.Passwords;
import com.tangentlab.account.RosterImports;
import com.tangentlab.account.User;
import com.tangentlab.analytics.Analytics;
import com.tangentlab.config.Settings;
import com.tangentlab.content.ChapterFolders;
import com.tangentlab.course.Chapter;
import com.tangentlab.course.Course;
import com.tangentlab.demo.DemoClass;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.figure.FigureCatalog;
import com.tangentlab.grade.BatchGrader;
import com.tangentlab.grade.Progress;
import com.tangentlab.lti.LtiTool;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.PlatformStore;
import com.tangentlab.lti.Registration;
import com.tangentlab.lti.ToolKeys;
import com.tangentlab.offering.Offerings;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.ExtensionStore;
import com.tangentlab.gradebook.Gradebook;
import com.tangentlab.gradebook.GradebookStore;
import com.tangentlab.gradebook.ScoreOverrides;
import com.tangentlab.queue.GradingWorkers;
import com.tangentlab.queue.Leases;
import com.tangentlab.queue.Owners;
import com.tangentlab.queue.SubmissionQueue;
import com.tangentlab.queue.WorkerEvent;
import com.tangentlab.regrade.Regrader;
import com.tangentlab.similarity.NearDuplicates;
import com.tangentlab.similarity.SimilarityWorkers;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.Database;
import com.tangentlab.store.DraftStore;
import com.tangentlab.store.RegradeStore;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.Seedings;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.submit.ExampleRunner;
import com.tangentlab.submit.GradingQueue;
import com.tangentlab.submit.RateLimiter;
import com.tangentlab.web.WebApp;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web platform running: the services of every command, accounts, the grading queue and
 * the HTTP server, started together and closed together.
 */
public final class WebPlatform implements AutoCloseable {
    /** What a user refused for a full queue is told to wait: about one grade per worker. */
    private static final long RETRY_WHEN_FULL_SECONDS = 5;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    /** Far beyond the minute or two the demo class takes on two cores, yet never waiting forever. */
    private static final Duration DEMO_GRADING_LIMIT = Duration.ofMinutes(15);
    private static final Duration DEMO_POLL = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(WebPlatform.class);
    /** Example runs at once on a node that grades nothing: they are a student's, and need a runner. */
    private static final int MIN_EXAMPLE_RUNNERS = 1;

    private final Services services;
    private final GradingQueue queue;
    private final Regrader regrader;
    private final SimilarityWorkers similarity;
    private final RosterImports rosterImports;
    private final Javalin server;
    private final AccountService accounts;
    private final List<NewAccount> demoAccountsCreated;
    private final int resumed;
    private final DemoClass demoClass;
    private final Seedings seedings;
    /** Set when the platform closes: the demo class's grading stops waiting and leaves the rest for the next start. */
    private volatile boolean closing;

    private WebPlatform(Services services, GradingQueue queue, Regrader regrader, SimilarityWorkers similarity,
            RosterImports rosterImports, Javalin server, AccountService accounts, List<NewAccount> demoAccountsCreated,
            int resumed, DemoClass demoClass, Seedings seedings) {
        this.services = services;
        this.queue = queue;
        this.regrader = regrader;
        this.similarity = similarity;
        this.rosterImports = rosterImports;
        this.server = server;
        this.accounts = accounts;
        this.demoAccountsCreated = demoAccountsCreated;
        this.resumed = resumed;
        this.demoClass = demoClass;
        this.seedings = seedings;
    }

    /**
     * Opens everything, creates the demo accounts if there are no accounts yet, starts the
     * server on the configured host and port, and queues the web submissions a previous run
     * left ungraded.
     */
    public static WebPlatform start(Settings requested) {
        Settings settings = ChapterFolders.resolve(requested).settings();
        // Read before the sandbox starts: a broken theory page stops the start at once.
        Chapter chapter = Chapter.load(settings.exercisesDir().resolve(ExerciseCatalog.THEORY_FOLDER));
        Services services = Services.start(settings);
        GradingQueue queue = null;
        Regrader regrader = null;
        SimilarityWorkers similarity = new SimilarityWorkers();
        RosterImports rosterImports = null;
        try {
            Settings.Web web = settings.web();
            Clock clock = Clock.systemUTC();
            DataSource data = services.database().dataSource();
            AccountService accounts = new AccountService(data, new Passwords(), clock, web.sessionTimeout());
            Offerings offerings = new Offerings(data, clock);
            long first = offerings.first().id();
            List<NewAccount> demo = accounts.createDemoAccountsIfNone(offerings.inAccountRole(first));
            rosterImports = new RosterImports(accounts);
            queue = gradingQueue(services, clock, web.gradingWorkers());
            ExampleRunner runner = new ExampleRunner(services.judge(), Math.max(MIN_EXAMPLE_RUNNERS, web.gradingWorkers()),
                    new RateLimiter(data, "example runs", web.submissionsPerMinute(), RATE_WINDOW, clock),
                    RETRY_WHEN_FULL_SECONDS);
            regrader = new Regrader(services.catalog(), id -> new ClassSubmissions(data, id),
                    new RegradeStore(data, clock), data, clock, services.judge()::grade, queue::busy);
            LongFunction<WebApp.ClassScope> classes = id -> classScope(services, offerings, similarity, clock, id);
            Javalin server = WebApp.create(new WebApp.Dependencies(
                    new Course(services.catalog(), chapter, services.store(), id -> classes.apply(id).settings(),
                            id -> classes.apply(id).gradebook()),
                    accounts, offerings, new DraftStore(data, clock), services.store(), queue, runner,
                    FigureCatalog.chapter(), classes, regrader, web, rosterImports, clock,
                    new LtiTool(data, accounts, services.catalog(), chapter, clock)));
            server.start(web.host(), web.port());
            int resumed = queue.resumeUngraded();
            return new WebPlatform(services, queue, regrader, similarity, rosterImports, server, accounts, demo,
                    resumed, demoClass(services, accounts, offerings, clock), new Seedings(data, clock));
        } catch (RuntimeException e) {
            similarity.close();
            if (rosterImports != null) rosterImports.close();
            if (regrader != null) regrader.close();
            if (queue != null) queue.close();
            services.close();
            throw e;
        }
    }

    /** One course's class: cheap to make, so made per request for the course the request works in. */
    private static WebApp.ClassScope classScope(Services services, Offerings offerings, SimilarityWorkers similarity,
            Clock clock, long offeringId) {
        DataSource data = services.database().dataSource();
        ClassSubmissions submissions = new ClassSubmissions(data, offeringId);
        SectionViewStore views = new SectionViewStore(data, clock, offeringId);
        CourseRulesStore rules = new CourseRulesStore(data, offeringId);
        ExtensionStore extensions = new ExtensionStore(data, offeringId);
        return new WebApp.ClassScope(new Gradebook(services.catalog(), offerings, offeringId,
                new GradebookStore(data, offeringId), rules, extensions, services.store()),
                new CourseSettings(services.catalog(), rules, extensions), rules, views, submissions,
                new Analytics(services.catalog(), submissions, views), new NearDuplicates(submissions, similarity),
                new ScoreOverrides(data, offeringId));
    }

    /** The demo class is the database's first course, the one its demo accounts are in. */
    private static DemoClass demoClass(Services services, AccountService accounts, Offerings offerings, Clock clock) {
        DataSource data = services.database().dataSource();
        long first = offerings.first().id();
        return new DemoClass(services.catalog(), accounts, services.store(), new CourseRulesStore(data, first),
                new SectionViewStore(data, clock, first), clock, offerings.inAccountRole(first));
    }

    /**
     * The shared grading queue as this process sees it, with {@code workers} threads grading from it (0: none,
     * a web-only node); a grader failing on a submission is one line in the log.
     */
    private static GradingQueue gradingQueue(Services services, Clock clock, int workers) {
        Settings.Web web = services.settings().web();
        Settings.Queue settings = services.settings().queue();
        DataSource data = services.database().dataSource();
        Leases leases = new Leases(data, clock, settings.lease(), settings.maxClaims());
        GradingWorkers grading = new GradingWorkers(services.catalog(), services.judge(), services.store(), leases,
                Owners.fresh(), workers, WebPlatform::logWorkerEvent);
        return new GradingQueue(new SubmissionQueue(data, services.store()), leases, grading,
                new RateLimiter(data, "submissions", web.submissionsPerMinute(), RATE_WINDOW, clock),
                new SecureRandom()::nextLong, new GradingQueue.Limits(web.queueCapacity(), RETRY_WHEN_FULL_SECONDS));
    }

    private static void logWorkerEvent(WorkerEvent event) {
        switch (event.kind()) {
            case FAILED, RETRY_LATER -> LOG.warn(event.line());
            default -> LOG.debug(event.line());
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

    /**
     * Registers a learning platform without starting the server or the sandbox, and makes the tool's key
     * pair if there is none yet; {@code registeredBy} names who did it.
     */
    public static Platform registerLtiPlatform(Settings settings, Registration registration, String registeredBy) {
        try (Database database = Database.open(settings.databaseUrl())) {
            DataSource data = database.dataSource();
            new ToolKeys(data, Clock.systemUTC()).signingKey();
            return new PlatformStore(data, Clock.systemUTC()).register(registration, registeredBy);
        }
    }

    /**
     * Creates the demo class when no student account exists besides the demo ones, and grades it,
     * all in the background so that the server answers at once: the web submissions through the
     * grading queue, the graded folder through the batch grader. {@code created} hears what was
     * stored, {@code graded} when all of it is graded. False when a class exists, or when another node
     * starting on the same database claimed the seeding first.
     */
    public boolean seedDemoClassIfNoClass(Consumer<DemoClass.Created> created, Consumer<String> graded) {
        if (!demoClass.claimIfNoClass(seedings)) return false;
        Thread seeding = new Thread(() -> {
            try {
                DemoClass.Created made = demoClass.create(services.settings().dataDir());
                created.accept(made);
                graded.accept(gradeDemo(made, queue, services, () -> closing));
            } catch (RuntimeException e) {
                LOG.error("creating the demo class failed", e);
                graded.accept("Creating the demo class failed: " + e.getMessage());
            }
        }, "demo-class");
        seeding.setDaemon(true);
        seeding.start();
        return true;
    }

    /**
     * Adds the demo class to the configured database without starting the server, and grades it
     * before returning; empty when it was added before. {@code created} hears what was stored
     * before grading starts.
     */
    public static Optional<String> seedDemoClass(Settings settings, Consumer<DemoClass.Created> created) {
        try (Services services = Services.start(settings)) {
            Settings.Web web = settings.web();
            Clock clock = Clock.systemUTC();
            DataSource data = services.database().dataSource();
            AccountService accounts = new AccountService(data, new Passwords(), clock, web.sessionTimeout());
            Offerings offerings = new Offerings(data, clock);
            accounts.createDemoAccountsIfNone(offerings.inAccountRole(offerings.first().id()));
            DemoClass demo = demoClass(services, accounts, offerings, clock);
            if (demo.alreadyCreated() || !new Seedings(data, clock).claim(DemoClass.SEEDING)) return Optional.empty();
            try (GradingQueue queue = gradingQueue(services, clock, web.gradingWorkers())) {
                DemoClass.Created made = demo.create(settings.dataDir());
                created.accept(made);
                return Optional.of(gradeDemo(made, queue, services, () -> false));
            }
        }
    }

    /**
     * Grades the demo class by the normal paths, behind any student's submission, and waits for it
     * (or until {@code stopping}); says how long it took.
     */
    private static String gradeDemo(DemoClass.Created created, GradingQueue queue, Services services,
            BooleanSupplier stopping) {
        long started = System.nanoTime();
        created.web().forEach(queue::queueInBackground);
        try {
            Set<Long> waiting = created.web().stream().map(StoredSubmission::id).collect(Collectors.toSet());
            long giveUp = started + DEMO_GRADING_LIMIT.toNanos();
            while (!waiting.isEmpty() && System.nanoTime() < giveUp && !stopping.getAsBoolean()) {
                waiting.removeIf(id -> services.store().grade(id).isPresent());
                if (!waiting.isEmpty()) Thread.sleep(DEMO_POLL.toMillis());
            }
            if (stopping.getAsBoolean()) {
                return "Demo class: the server stopped; " + waiting.size() + " web submission(s) are graded at the"
                        + " next start.";
            }
            // After the queue, not beside it: more graders at once than cores only makes time limits run out.
            new BatchGrader(services.catalog(), services.judge(), services.store(), new SecureRandom()::nextLong,
                    services.settings().sourceBytes(), 1).grade(created.batchFolder(), Progress.SILENT);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            int total = created.web().size() + created.batchFiles();
            return waiting.isEmpty() ? "Demo class graded: " + total + " submissions in " + seconds + " s."
                    : "Demo class: " + waiting.size() + " web submission(s) still ungraded after " + seconds
                            + " s; they are graded at the next start.";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Demo class grading interrupted; what is left is graded at the next start.";
        } catch (RuntimeException e) {
            LOG.error("grading the demo class failed", e);
            return "Grading the demo class failed: " + e.getMessage();
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

    /** How many submissions waited in the shared queue, or were being graded, when this node started. */
    public int resumed() {
        return resumed;
    }

    public String isolationWarning() {
        return services.isolationWarning();
    }

    /** Stops taking requests, then lets the queue wind down; ungraded submissions wait for the next start. */
    @Override
    public void close() {
        closing = true;
        try {
            server.stop();
        } finally {
            try {
                similarity.close();
                rosterImports.close();
                regrader.close();
                queue.close();
            } finally {
                services.close();
            }
        }
    }
}
