package com.tangentlab.bench.load;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.bench.CpuAccount;
import com.tangentlab.config.Settings;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The load benchmark: for each number of worker processes, a fresh PostgreSQL database, one web-only node
 * and that many {@code worker} processes (each its own JVM and sandbox), and simulated students who sign
 * in, open a section page, submit known samples, poll until graded and read their attempts, all over HTTP.
 * The workers run in a cgroup of their own so that the kernel counts every agent they start.
 */
public final class LoadBenchmark {
    /**
     * @param students     simulated students, each with at most one submission in flight
     * @param warmUp       submissions graded first, not measured (the workers' JIT, the agents' first start)
     * @param submissions  submissions measured per configuration
     * @param workerCounts worker processes of each configuration, e.g. 1 then 2
     * @param pollEvery    how often a student asks whether its submission is graded (the page asks every 500 ms)
     * @param port         the web node's port, 0 for any free one
     * @param adminUrl     a PostgreSQL database on the server whose role may create the benchmark's databases
     */
    public record Plan(int students, int warmUp, int submissions, List<Integer> workerCounts, Duration pollEvery,
            int port, String adminUrl) {}

    /** The benchmark's accounts are hashed at BCrypt's cheapest cost: signing in is not what is measured. */
    private static final int STUDENT_PASSWORD_COST = 4;
    /** The order of the samples the students submit, fixed so that two runs submit the same mix. */
    private static final long MIX_SEED = 20261207L;
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration ROUND_LIMIT = Duration.ofHours(1);
    private static final Pattern WEB_READY = Pattern.compile("Tangent Lab is running at http://localhost:(\\d+)/");
    private static final Pattern WORKER_READY = Pattern.compile("^worker \\S+ grading \\d+ at once");

    private final Settings settings;
    private final Plan plan;
    private final List<Task> tasks;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** @param progress hears each line of the report as soon as it is known */
    public LoadBenchmark(Settings settings, ExerciseCatalog catalog, Plan plan, Consumer<String> progress) {
        this.settings = settings;
        this.plan = plan;
        this.tasks = Task.mix(catalog, MIX_SEED);
        this.progress = progress;
    }

    /** Runs every configuration in turn, reporting each as it ends, then how they compare. */
    public void run() throws InterruptedException {
        List<LoadFigures> all = new ArrayList<>();
        for (int workers : plan.workerCounts()) {
            LoadFigures figures = configuration(workers);
            figures.lines().forEach(progress);
            all.add(figures);
        }
        Scaling.lines(all, cores()).forEach(progress);
    }

    private LoadFigures configuration(int workers) throws InterruptedException {
        int jobs = Math.max(1, cores() / workers);
        String name = "tl_load_" + ProcessHandle.current().pid() + "_" + workers + "w";
        try (LoadDatabase db = LoadDatabase.create(plan.adminUrl(), name)) {
            Path logs = logFolder(name);
            String password = createStudents(db.url());
            DatabaseStats before = db.statsWhenIdle();
            NodeLauncher launcher = new NodeLauncher(settings, db.url(), logs);
            Measured measured;
            int gradedInAll;
            try (Node web = launcher.web(plan.port(), plan.students())) {
                int port = Integer.parseInt(web.awaitLine(WEB_READY, START_LIMIT).group(1));
                progress.accept(LoadFigures.f("%s: web node on port %d; starting %d worker(s) with --jobs %d",
                        name, port, workers, jobs));
                List<Student> students = students(URI.create("http://127.0.0.1:" + port + "/"), password);
                Grading grading = new Grading(students, web, launcher, workers, jobs);
                measured = grading.run();
                gradedInAll = measured.recorder().graded() + measured.warmUpGraded();
            }
            launcher.deleteSandboxes(workers + 1);
            DatabaseStats database = db.statsWhenIdle().since(before);
            Recorder r = measured.recorder();
            deleteLogs(logs);
            return new LoadFigures(workers, jobs, plan.students(), plan.submissions(), measured.seconds(), r.grades(),
                    r.pages(), r.polls(), r.asDeclared(), r.busyAnswers(), r.problems(), r.problemCount(),
                    measured.workerCpuNanos(), measured.webCpuNanos(), measured.driverCpuNanos(), gradedInAll,
                    database, measured.loadAverage(), plan.pollEvery().toMillis());
        }
    }

    /** The figures of the measured round. */
    private record Measured(Recorder recorder, int warmUpGraded, double seconds, long workerCpuNanos,
            long webCpuNanos, long driverCpuNanos, String loadAverage) {}

    /** The workers of one configuration, started inside a cgroup and stopped before it is closed. */
    private final class Grading {
        private final List<Student> students;
        private final Node web;
        private final NodeLauncher launcher;
        private final int workers;
        private final int jobs;

        Grading(List<Student> students, Node web, NodeLauncher launcher, int workers, int jobs) {
            this.students = students;
            this.web = web;
            this.launcher = launcher;
            this.workers = workers;
            this.jobs = jobs;
        }

        Measured run() throws InterruptedException {
            // Entered after the web node started, so that the account holds this process and the workers only.
            try (CpuAccount cpu = CpuAccount.enter()) {
                List<Node> started = new ArrayList<>();
                try {
                    for (int i = 1; i <= workers; i++) started.add(launcher.worker(i, jobs));
                    for (Node w : started) w.awaitLine(WORKER_READY, START_LIMIT);
                    for (Student s : students) signIn(s);
                    Recorder warmUp = round(0, plan.warmUp());
                    progress.accept(LoadFigures.f("warm-up: %d graded, %d problem(s) %s", warmUp.graded(),
                            warmUp.problemCount(), warmUp.problems()));
                    return measure(cpu, warmUp.graded());
                } finally {
                    for (Node w : started) w.close();
                }
            }
        }

        private Measured measure(CpuAccount cpu, int warmUpGraded) throws InterruptedException {
            String load = LoadAverage.now();
            long cpuBefore = cpu.usageNanos();
            long driverBefore = driverCpuNanos();
            long webBefore = web.cpuNanos();
            long start = System.nanoTime();
            Recorder measured = round(plan.warmUp(), plan.submissions());
            long end = measured.lastGradeNanos() == Long.MIN_VALUE ? System.nanoTime() : measured.lastGradeNanos();
            long driver = driverCpuNanos() - driverBefore;
            long workerCpu = cpu.usageNanos() - cpuBefore - driver;
            return new Measured(measured, warmUpGraded, (end - start) / 1e9, workerCpu, web.cpuNanos() - webBefore,
                    driver, load + " at the start, " + LoadAverage.now() + " at the end");
        }

        /** {@code count} submissions from task {@code first} on, shared out to the students as each gets free. */
        private Recorder round(int first, int count) throws InterruptedException {
            Recorder recorder = new Recorder();
            AtomicInteger next = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(students.size());
            try {
                for (Student s : students) {
                    threads.execute(() -> {
                        for (int i = next.getAndIncrement(); i < count && !Thread.currentThread().isInterrupted();
                                i = next.getAndIncrement()) {
                            s.attempt(tasks.get((first + i) % tasks.size()), recorder);
                        }
                    });
                }
                threads.shutdown();
                if (!threads.awaitTermination(ROUND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    recorder.problem("the round did not end within " + ROUND_LIMIT);
                }
            } finally {
                threads.shutdownNow();
            }
            return recorder;
        }
    }

    private List<Student> students(URI site, String password) {
        List<Student> students = new ArrayList<>();
        for (int i = 1; i <= plan.students(); i++) {
            students.add(new Student(http, site, username(i), password, plan.pollEvery()));
        }
        return students;
    }

    private static void signIn(Student s) throws InterruptedException {
        try {
            s.signIn();
        } catch (IOException e) {
            throw new UncheckedIOException("a simulated student could not sign in", e);
        }
    }

    /**
     * The class, created before any node starts, as students of the database's first course; one generated
     * password for all, the run's own.
     */
    private String createStudents(String url) {
        try (Database database = Database.open(url)) {
            Passwords passwords = new Passwords(STUDENT_PASSWORD_COST);
            String password = passwords.generate();
            StringBuilder roster = new StringBuilder();
            for (int i = 1; i <= plan.students(); i++) {
                roster.append(username(i)).append(",Load student ").append(i).append(',').append(password).append('\n');
            }
            Offerings offerings = new Offerings(database.dataSource(), Clock.systemUTC());
            new AccountService(database.dataSource(), passwords, Clock.systemUTC(), settings.web().sessionTimeout())
                    .importRoster(roster.toString(), offerings.inAccountRole(offerings.first().id()));
            return password;
        }
    }

    private static String username(int i) {
        return String.format("load-%05d", i);
    }

    private static long driverCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static Path logFolder(String name) {
        try {
            return Files.createTempDirectory(name + "-logs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nodes' logs are kept only when a configuration fails, where its error names them. */
    private static void deleteLogs(Path logs) {
        try (var files = Files.list(logs)) {
            for (Path f : files.toList()) Files.delete(f);
            Files.delete(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
