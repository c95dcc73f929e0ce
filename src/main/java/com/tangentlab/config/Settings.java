package com.tangentlab.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Every setting of Tangent Lab, with its unit in its name. This record is the only code
 * that reads the environment: each field may be overridden by the environment variable
 * named beside it, and the command line may override it again.
 *
 * @param dataDir          where the embedded database and the unpacked chapter live (TANGENTLAB_DATA_DIR,
 *                         default: systemd's STATE_DIRECTORY for a service, /var/lib/tangentlab for root,
 *                         else $XDG_DATA_HOME/tangentlab or ~/.local/share/tangentlab)
 * @param databaseUrl      JDBC URL of the database (TANGENTLAB_DB_URL, default an H2 file in dataDir)
 * @param exercisesDir     the exercise folders (TANGENTLAB_EXERCISES_DIR); null until resolved: the copy
 *                         packaged in the jar
 * @param samplesDir       known submissions of each exercise, for the self-test (TANGENTLAB_SAMPLES_DIR);
 *                         null until resolved: the copy packaged in the jar
 * @param sandboxRoot      where agents get their private working directories
 *                         (TANGENTLAB_SANDBOX_ROOT, default /var/lib/tangentlab-sandbox as root,
 *                         a folder under the system temp directory otherwise)
 * @param isolation        auto, full, user-namespace or none (TANGENTLAB_ISOLATION, default auto)
 * @param poolSize         agents kept started and waiting (TANGENTLAB_POOL_SIZE, default 2)
 * @param firstSandboxUid  first of the unprivileged uids given to agents (TANGENTLAB_SANDBOX_UID, default 61000)
 * @param sandboxUidCount  how many uids from the first one this machine's graders share (TANGENTLAB_SANDBOX_UIDS,
 *                         default 64); a range is never smaller than the waiting agents plus 16
 * @param agentHeapMb      agent heap, MiB (TANGENTLAB_AGENT_HEAP_MB, default 128)
 * @param agentStackKb     agent thread stack, KiB (TANGENTLAB_AGENT_STACK_KB, default 1024)
 * @param agentAddressSpaceMb agent virtual memory ceiling, MiB (TANGENTLAB_AGENT_AS_MB, default 1536)
 * @param agentThreads     processes and threads the agent's uid may hold (TANGENTLAB_AGENT_THREADS, default 48)
 * @param agentCpuSeconds  CPU time an agent may use over its life, s (TANGENTLAB_AGENT_CPU_S, default 10)
 * @param agentFileBytes   largest file an agent may write, bytes (TANGENTLAB_AGENT_FILE_BYTES, default 1 MiB)
 * @param outputBytes      stdout plus stderr a submission may print, bytes (TANGENTLAB_OUTPUT_BYTES, default 64 KiB)
 * @param sourceBytes      largest accepted submission, UTF-8 bytes (TANGENTLAB_SOURCE_BYTES, default 64 KiB)
 * @param wallClockCap     upper bound on any exercise's time limit (TANGENTLAB_WALL_CLOCK_MS, default 10 s)
 * @param compileBudget    trusted time compiling one submission may take (TANGENTLAB_COMPILE_MS, default 10 s)
 * @param agentStartTimeout how long an agent may take to start (default 20 s)
 * @param web              the web server's settings
 * @param queue            the shared grading queue's settings
 */
public record Settings(
        Path dataDir,
        String databaseUrl,
        Path exercisesDir,
        Path samplesDir,
        Path sandboxRoot,
        String isolation,
        int poolSize,
        int firstSandboxUid,
        int sandboxUidCount,
        int agentHeapMb,
        int agentStackKb,
        int agentAddressSpaceMb,
        int agentThreads,
        int agentCpuSeconds,
        long agentFileBytes,
        long outputBytes,
        int sourceBytes,
        Duration wallClockCap,
        Duration compileBudget,
        Duration agentStartTimeout,
        Web web,
        Queue queue) {

    /**
     * The web server's settings.
     *
     * @param host                 interface to listen on (TANGENTLAB_WEB_HOST, default 0.0.0.0)
     * @param port                 TCP port, 0 for any free one (TANGENTLAB_WEB_PORT, default 7070)
     * @param staticDir            the only folder served as files (TANGENTLAB_WEB_DIR); null until resolved:
     *                             the copy packaged in the jar
     * @param gradingWorkers       submissions serve grades at once from the shared queue, 0 for a web-only
     *                             node; also example runs at once, at least 1 (TANGENTLAB_GRADING_WORKERS, default 2)
     * @param queueCapacity        students' submissions waiting or being graded, over every node, before new ones get 429
     *                             (TANGENTLAB_QUEUE_CAPACITY, default 100)
     * @param submissionsPerMinute graded submissions one user may make per minute, and example runs,
     *                             counted apart (TANGENTLAB_SUBMISSIONS_PER_MINUTE, default 10)
     * @param requestBytes         largest request body, bytes (TANGENTLAB_REQUEST_BYTES, default 256 KiB)
     * @param sessionTimeout       how long a login lasts (TANGENTLAB_SESSION_HOURS, default 12 h)
     * @param publicUrl            the address users reach the site at, through a proxy if any
     *                             (TANGENTLAB_PUBLIC_URL, default empty: not known); https makes the session
     *                             cookie Secure, since only the proxy knows that TLS was spoken
     */
    public record Web(String host, int port, Path staticDir, int gradingWorkers, int queueCapacity,
            int submissionsPerMinute, long requestBytes, Duration sessionTimeout, String publicUrl) {

        public Web {
            if (!publicUrl.isEmpty() && !publicUrl.startsWith("https://") && !publicUrl.startsWith("http://")) {
                throw new IllegalArgumentException("TANGENTLAB_PUBLIC_URL must start with https:// or http://, not '"
                        + publicUrl + "'");
            }
        }

        /** Browsers send a Secure cookie only over TLS, so it is marked so only when the public address is https. */
        public boolean secureCookie() {
            return publicUrl.startsWith("https://");
        }

        public Web withPort(int newPort) {
            return new Web(host, newPort, staticDir, gradingWorkers, queueCapacity, submissionsPerMinute,
                    requestBytes, sessionTimeout, publicUrl);
        }

        public Web withHost(String newHost) {
            return new Web(newHost, port, staticDir, gradingWorkers, queueCapacity, submissionsPerMinute,
                    requestBytes, sessionTimeout, publicUrl);
        }

        public Web withGradingWorkers(int workers) {
            return new Web(host, port, staticDir, workers, queueCapacity, submissionsPerMinute, requestBytes,
                    sessionTimeout, publicUrl);
        }

        public Web withQueueCapacity(int capacity) {
            return new Web(host, port, staticDir, gradingWorkers, capacity, submissionsPerMinute, requestBytes,
                    sessionTimeout, publicUrl);
        }

        public Web withStaticDir(Path dir) {
            return new Web(host, port, dir, gradingWorkers, queueCapacity, submissionsPerMinute, requestBytes,
                    sessionTimeout, publicUrl);
        }

        public Web withPublicUrl(String url) {
            return new Web(host, port, staticDir, gradingWorkers, queueCapacity, submissionsPerMinute, requestBytes,
                    sessionTimeout, url);
        }

        public Web withSubmissionsPerMinute(int perMinute) {
            return new Web(host, port, staticDir, gradingWorkers, queueCapacity, perMinute, requestBytes,
                    sessionTimeout, publicUrl);
        }
    }

    /** The data folder of a service run by root without systemd's StateDirectory=. */
    private static final String SYSTEM_DATA_DIR = "/var/lib/tangentlab";
    private static final String DATA_FOLDER_NAME = "tangentlab";

    /**
     * The shared grading queue's settings, the same for web nodes and workers.
     *
     * @param lease     how long a claimed submission stays a worker's without a heartbeat; a worker that dies
     *                  delays its submissions by at most this much (TANGENTLAB_LEASE_S, default 30 s)
     * @param maxClaims claims of one submission that may end without a grade (the worker or its agent died)
     *                  before the next claim ends it failed (TANGENTLAB_MAX_CLAIMS, default 3)
     */
    public record Queue(Duration lease, int maxClaims) {}

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** Settings from a map of environment variables; missing ones take their defaults. */
    public static Settings from(Map<String, String> env) {
        return from(env, System.getProperty("user.name"));
    }

    /** As {@link #from(Map)}, for a process run by {@code userName}, whose defaults differ for root. */
    static Settings from(Map<String, String> env, String userName) {
        Function<String, String> get = env::get;
        Path dataDir = Path.of(or(get, "TANGENTLAB_DATA_DIR", defaultDataDir(get, userName)));
        return new Settings(
                dataDir,
                or(get, "TANGENTLAB_DB_URL", h2FileUrl(dataDir)),
                pathOrNull(get, "TANGENTLAB_EXERCISES_DIR"),
                pathOrNull(get, "TANGENTLAB_SAMPLES_DIR"),
                Path.of(or(get, "TANGENTLAB_SANDBOX_ROOT", defaultSandboxRoot())),
                or(get, "TANGENTLAB_ISOLATION", "auto"),
                Integer.parseInt(or(get, "TANGENTLAB_POOL_SIZE", "2")),
                Integer.parseInt(or(get, "TANGENTLAB_SANDBOX_UID", "61000")),
                Integer.parseInt(or(get, "TANGENTLAB_SANDBOX_UIDS", "64")),
                Integer.parseInt(or(get, "TANGENTLAB_AGENT_HEAP_MB", "128")),
                Integer.parseInt(or(get, "TANGENTLAB_AGENT_STACK_KB", "1024")),
                Integer.parseInt(or(get, "TANGENTLAB_AGENT_AS_MB", "1536")),
                Integer.parseInt(or(get, "TANGENTLAB_AGENT_THREADS", "48")),
                Integer.parseInt(or(get, "TANGENTLAB_AGENT_CPU_S", "10")),
                Long.parseLong(or(get, "TANGENTLAB_AGENT_FILE_BYTES", String.valueOf(1 << 20))),
                Long.parseLong(or(get, "TANGENTLAB_OUTPUT_BYTES", String.valueOf(64 * 1024))),
                Integer.parseInt(or(get, "TANGENTLAB_SOURCE_BYTES", String.valueOf(64 * 1024))),
                Duration.ofMillis(Long.parseLong(or(get, "TANGENTLAB_WALL_CLOCK_MS", "10000"))),
                Duration.ofMillis(Long.parseLong(or(get, "TANGENTLAB_COMPILE_MS", "10000"))),
                Duration.ofSeconds(20),
                new Web(or(get, "TANGENTLAB_WEB_HOST", "0.0.0.0"),
                        Integer.parseInt(or(get, "TANGENTLAB_WEB_PORT", "7070")),
                        pathOrNull(get, "TANGENTLAB_WEB_DIR"),
                        Integer.parseInt(or(get, "TANGENTLAB_GRADING_WORKERS", "2")),
                        Integer.parseInt(or(get, "TANGENTLAB_QUEUE_CAPACITY", "100")),
                        Integer.parseInt(or(get, "TANGENTLAB_SUBMISSIONS_PER_MINUTE", "10")),
                        Long.parseLong(or(get, "TANGENTLAB_REQUEST_BYTES", String.valueOf(256 * 1024))),
                        Duration.ofHours(Long.parseLong(or(get, "TANGENTLAB_SESSION_HOURS", "12"))),
                        or(get, "TANGENTLAB_PUBLIC_URL", "")),
                new Queue(Duration.ofSeconds(Long.parseLong(or(get, "TANGENTLAB_LEASE_S", "30"))),
                        Integer.parseInt(or(get, "TANGENTLAB_MAX_CLAIMS", "3"))));
    }

    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tangentlab") + ";AUTO_SERVER=FALSE";
    }

    public Settings withDatabaseUrl(String url) {
        return new Settings(dataDir, url, exercisesDir, samplesDir, sandboxRoot, isolation, poolSize, firstSandboxUid, sandboxUidCount, agentHeapMb,
                agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds, agentFileBytes, outputBytes,
                sourceBytes, wallClockCap, compileBudget, agentStartTimeout, web, queue);
    }

    /** Another data folder, the database URL kept: where the demo class writes its graded folder. */
    public Settings withDataDir(Path dir) {
        return new Settings(dir, databaseUrl, exercisesDir, samplesDir, sandboxRoot, isolation, poolSize, firstSandboxUid, sandboxUidCount,
                agentHeapMb, agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds, agentFileBytes,
                outputBytes, sourceBytes, wallClockCap, compileBudget, agentStartTimeout, web, queue);
    }

    /**
     * Another data folder, as {@code --data} asks: the database moves with it unless it was set
     * apart (TANGENTLAB_DB_URL or --db).
     */
    public Settings withDataFolder(Path dir) {
        String url = databaseUrl.equals(h2FileUrl(dataDir)) ? h2FileUrl(dir) : databaseUrl;
        return withDataDir(dir).withDatabaseUrl(url);
    }

    public Settings withSamplesDir(Path dir) {
        return new Settings(dataDir, databaseUrl, exercisesDir, dir, sandboxRoot, isolation, poolSize, firstSandboxUid,
                sandboxUidCount, agentHeapMb, agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds,
                agentFileBytes, outputBytes, sourceBytes, wallClockCap, compileBudget, agentStartTimeout, web, queue);
    }

    public Settings withPoolSize(int size) {
        return new Settings(dataDir, databaseUrl, exercisesDir, samplesDir, sandboxRoot, isolation, size, firstSandboxUid, sandboxUidCount,
                agentHeapMb, agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds, agentFileBytes,
                outputBytes, sourceBytes, wallClockCap, compileBudget, agentStartTimeout, web, queue);
    }

    public Settings withExercisesDir(Path dir) {
        return new Settings(dataDir, databaseUrl, dir, samplesDir, sandboxRoot, isolation, poolSize, firstSandboxUid, sandboxUidCount, agentHeapMb,
                agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds, agentFileBytes, outputBytes,
                sourceBytes, wallClockCap, compileBudget, agentStartTimeout, web, queue);
    }

    public Settings withWeb(Web newWeb) {
        return new Settings(dataDir, databaseUrl, exercisesDir, samplesDir, sandboxRoot, isolation, poolSize, firstSandboxUid, sandboxUidCount,
                agentHeapMb, agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds, agentFileBytes,
                outputBytes, sourceBytes, wallClockCap, compileBudget, agentStartTimeout, newWeb, queue);
    }

    public Settings withQueue(Queue newQueue) {
        return new Settings(dataDir, databaseUrl, exercisesDir, samplesDir, sandboxRoot, isolation, poolSize, firstSandboxUid,
                sandboxUidCount, agentHeapMb, agentStackKb, agentAddressSpaceMb, agentThreads, agentCpuSeconds,
                agentFileBytes, outputBytes, sourceBytes, wallClockCap, compileBudget, agentStartTimeout, web, newQueue);
    }

    private static String or(Function<String, String> get, String name, String fallback) {
        String value = get.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Path pathOrNull(Function<String, String> get, String name) {
        String value = or(get, name, "");
        return value.isEmpty() ? null : Path.of(value);
    }

    /**
     * A service's state folder when systemd gives one (StateDirectory=), the system's place for
     * root, else the user's data folder as the XDG base directory specification names it (an
     * XDG_DATA_HOME that is not absolute is to be ignored, it says).
     */
    private static String defaultDataDir(Function<String, String> get, String userName) {
        String state = or(get, "STATE_DIRECTORY", "");
        // systemd lists one folder per StateDirectory= entry, separated by colons; the first is ours.
        if (!state.isEmpty()) return state.split(":", -1)[0];
        if ("root".equals(userName)) return SYSTEM_DATA_DIR;
        String xdg = or(get, "XDG_DATA_HOME", "");
        if (Path.of(xdg).isAbsolute()) return Path.of(xdg, DATA_FOLDER_NAME).toString();
        String home = or(get, "HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", DATA_FOLDER_NAME).toString();
    }

    private static String defaultSandboxRoot() {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? "/var/lib/tangentlab-sandbox"
                : Path.of(System.getProperty("java.io.tmpdir"), "tangentlab-sandbox-" + System.getProperty("user.name")).toString();
    }
}
