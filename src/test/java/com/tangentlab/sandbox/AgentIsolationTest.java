package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tangentlab.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The process and OS layers on their own: code runs in an agent with the class policy
 * switched off, and still finds an empty environment, a fresh empty working folder, no
 * network, no writable file outside that folder, hidden project folders, its own uid, the
 * configured thread limit, and a CPU limit that stops a burn on every core.
 */
class AgentIsolationTest {
    /** Below the run's 20 s clock: with two or more cores, a burn on every core reaches it first. */
    private static final int CPU_SECONDS = 4;
    private static Settings settings;
    private static AgentPool pool;

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TANGENTLAB_AGENT_THREADS", "40");
        env.put("TANGENTLAB_AGENT_CPU_S", Integer.toString(CPU_SECONDS));
        settings = Settings.from(env).withPoolSize(0);
        pool = new AgentPool(settings, Host.probe(settings.isolation()));
        assumeTrue(pool.host().isolation() == Isolation.FULL, "needs full isolation (root with namespaces)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pool == null) return;
        pool.awaitCleanup();
        pool.close();
    }

    /** Evaluates {@code code} (ending in an expression) in a fresh agent without the class policy. */
    private static String run(String code) throws Exception {
        try (AgentSession session = pool.take()) {
            session.usePolicy(ClassPolicy.unrestrictedForIsolationTests());
            session.startClock(pool.timer(), java.time.Duration.ofSeconds(20));
            String value = null;
            for (String snippet : code.split("\n;;\n")) {
                for (SnippetEvent e : session.shell().eval(snippet)) {
                    if (e.exception() != null) return "threw " + e.exception();
                    if (e.status() == jdk.jshell.Snippet.Status.REJECTED) {
                        return "rejected " + session.shell().diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList();
                    }
                    if (e.value() != null) value = e.value();
                }
            }
            if (session.termination() != Termination.NONE) return "agent stopped: " + session.termination();
            return value;
        } finally {
            pool.awaitCleanup();
        }
    }

    private static String unquote(String value) {
        return value != null && value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    @Test
    void environmentIsEmptyAndWorkingFolderIsFreshAndPrivate() throws Exception {
        assertEquals("0", run("System.getenv().size()"));
        String cwd = unquote(run("System.getProperty(\"user.dir\")"));
        assertTrue(cwd.startsWith(settings.sandboxRoot().toAbsolutePath().toString()), cwd);
        assertEquals("0", run("new java.io.File(System.getProperty(\"user.dir\")).list().length"));
        assertFalse(Files.exists(Path.of(cwd)), "the agent's folder survived the agent");
    }

    @Test
    void runsUnderAnUnprivilegedSandboxUid() throws Exception {
        String uid = unquote(run("java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/proc/self/status\")).stream()"
                + ".filter(l -> l.startsWith(\"Uid:\")).findFirst().get().split(\"\\\\s+\")[1]"));
        int n = Integer.parseInt(uid);
        assertTrue(n >= settings.firstSandboxUid() && n < settings.firstSandboxUid() + 64, "uid " + n);
    }

    @Test
    void cannotWriteOutsideItsFolder() throws Exception {
        List<String> targets = List.of("/tmp", "/var/tmp", "/dev/shm", System.getProperty("user.home"),
                Path.of("").toAbsolutePath().toString(), settings.sandboxRoot().toAbsolutePath().toString(), "/etc");
        for (String dir : targets) {
            String result = unquote(run("String probe() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + dir
                    + "\", \"tangentlab-escape-isolation\"), \"x\"); return \"written\"; } catch (Exception e) {"
                    + " return \"refused\"; } }\n;;\nprobe()"));
            assertEquals("refused", result, "wrote into " + dir);
            assertFalse(Files.exists(Path.of(dir, "tangentlab-escape-isolation")), dir);
        }
        assertEquals("written", unquote(run("String probe() throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\"own-file\"), \"x\");"
                + " return \"written\"; }\n;;\nprobe()")), "the agent cannot write its own folder");
    }

    @Test
    void projectAndHomeFoldersAreHidden() throws Exception {
        for (Path hidden : pool.hiddenPaths()) {
            assertEquals("0", run("int count() { String[] l = new java.io.File(\"" + hidden + "\").list(); return l == null ? 0 : l.length; }"
                    + "\n;;\ncount()"),
                    hidden + " is visible");
        }
        assertEquals("false", run("new java.io.File(\"" + Path.of("pom.xml").toAbsolutePath() + "\").exists()"));
    }

    @Test
    void cannotReachEvenTheHostsLoopback() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            String result = unquote(run("String probe() { try (var s = new java.net.Socket()) { s.connect("
                    + "new java.net.InetSocketAddress(\"127.0.0.1\", " + listener.getLocalPort() + "), 1000);"
                    + " return \"connected\"; } catch (Exception e) { return \"refused\"; } }\n;;\nprobe()"));
            assertEquals("refused", result);
        }
        // A new network namespace has only a loopback interface, and it is down.
        assertEquals("0", run("int up() { try { return (int) java.util.Collections.list(java.net.NetworkInterface"
                + ".getNetworkInterfaces()).stream().filter(i -> { try { return i.isUp(); } catch (Exception e) {"
                + " return false; } }).count(); } catch (Exception e) { return 0; } }\n;;\nup()"));
    }

    @Test
    void theThreadLimitIsTheConfiguredOne() throws Exception {
        // Exhausting RLIMIT_NPROC makes the JVM hang in its own thread creation rather than fail
        // cleanly, so the limit itself is read back; the class policy keeps students from threads.
        String limit = unquote(run("java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/proc/self/limits\"))"
                + ".stream().filter(l -> l.startsWith(\"Max processes\")).findFirst().get()"
                + ".split(\"\\\\s{2,}\")[1].trim()"));
        assertEquals(String.valueOf(settings.agentThreads()), limit);
    }

    @Test
    void theCpuLimitStopsABurnOnEveryCoreBeforeTheWallClock() throws Exception {
        try (AgentSession session = pool.take()) {
            session.usePolicy(ClassPolicy.unrestrictedForIsolationTests());
            session.startClock(pool.timer(), java.time.Duration.ofSeconds(20));
            try {
                session.shell().eval("LongStream.range(0, Long.MAX_VALUE).parallel().mapToDouble(Math::sqrt).sum()");
            } catch (IllegalStateException closedWhenTheAgentDied) {
                // JShell closes itself when its engine dies in the middle of a call.
            }
            assertEquals(Termination.CPU_TIME, session.terminationAfterFailure());
        } finally {
            pool.awaitCleanup();
        }
    }
}
