package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tangentlab.config.Settings;
import com.tangentlab.content.PackagedChapter;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The process and OS layers on their own: code runs in an agent with the class policy switched
 * off, in each isolated mode, and finds a world that holds only its allow-list (the JDK, the
 * agent jar and archive, its own empty work folder, /proc and four devices), can write to that
 * folder alone, sees no process but its own and no socket of the host, runs under its own
 * non-root uid with no capabilities and no_new_privs, and cannot make a user namespace.
 *
 * <p>Full isolation runs through the pool. A grader without root is reproduced as root can:
 * the user-namespace command is started under an ordinary uid by setpriv (full bounding set,
 * no no_new_privs, like any login), so bwrap really runs unprivileged. The CPU limit stops a
 * burn on every core before the wall clock.
 */
class AgentIsolationTest {
    /** The uid that plays a grader without root: the top of the sandbox range, far above what test pools lease. */
    private static final int ORDINARY_UID_OFFSET = 63;
    private static final Duration CLOCK = Duration.ofSeconds(30);
    /** Below the run's 20 s clock: with two or more cores, a burn on every core reaches it first. */
    private static final int CPU_SECONDS = 4;
    private static final String ALL_CAPABILITIES_DROPPED = "0000000000000000";
    /** Host places that were writable or visible to agents before the allow-list, and must not exist for one now. */
    private static final List<String> FORMERLY_REACHABLE = List.of("/run/lock", "/run", "/dev/mqueue", "/dev/pts",
            "/dev/shm", "/tmp", "/var/tmp", "/etc/passwd", "/root", "/home", "/usr/bin/unshare", "/usr/bin/sh",
            "/bin/sh", "/sys", "/var/log", "/var/run");

    private static Settings settings;
    private static AgentPool pool;
    private static String worldSnippets;

    @BeforeAll
    static void start() throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TANGENTLAB_AGENT_THREADS", "40");
        env.put("TANGENTLAB_AGENT_CPU_S", Integer.toString(CPU_SECONDS));
        settings = Settings.from(env).withPoolSize(0);
        pool = new AgentPool(settings, Host.probe(settings.isolation()));
        assumeTrue(pool.host().isolation() == Isolation.FULL, "needs full isolation (root, bubblewrap)");
        try (InputStream in = AgentIsolationTest.class.getResourceAsStream("/isolation/world.jsh")) {
            worldSnippets = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (pool == null) return;
        pool.awaitCleanup();
        pool.close();
    }

    private static int ordinaryUid() {
        return settings.firstSandboxUid() + ORDINARY_UID_OFFSET;
    }

    /** Evaluates {@code code} (snippets split by ";;" lines, ending in an expression) in a fresh agent of {@code mode}. */
    private static String run(Isolation mode, String code) throws Exception {
        return mode == Isolation.FULL ? runInPool(code) : runAsOrdinaryUser(code);
    }

    private static String runInPool(String code) throws Exception {
        try (AgentSession session = pool.take()) {
            session.usePolicy(ClassPolicy.unrestrictedForIsolationTests());
            session.startClock(pool.timer(), CLOCK);
            String value = evaluate(session.shell(), code);
            if (session.termination() != Termination.NONE) return "agent stopped: " + session.termination();
            return value;
        } finally {
            pool.awaitCleanup();
        }
    }

    /** The user-namespace command, started by an ordinary uid. */
    private static String runAsOrdinaryUser(String code) throws Exception {
        int uid = ordinaryUid();
        Path work = settings.sandboxRoot().toAbsolutePath().resolve("agent-" + uid);
        Files.createDirectories(work, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setAttribute(work, "unix:uid", uid);
        Files.setAttribute(work, "unix:gid", uid);
        Path jar = pool.agentJar();
        AgentClassPath agent = new AgentClassPath(jar, AgentArchive.prepare(jar, pool.limits(), CLOCK));
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        command.addAll(AgentCommand.build(new Host(Isolation.USER_NAMESPACE, true), pool.limits(), agent,
                pool.agentRoot(), work, uid));
        AgentProcess process = AgentProcess.start(command, settings.agentStartTimeout());
        try (Compiler compiler = new Compiler(jar)) {
            compiler.attach(AgentLink.connect(process, new CappedOutput(pool.limits().outputBytes(), () -> { })));
            compiler.usePolicy(ClassPolicy.unrestrictedForIsolationTests());
            return evaluate(compiler.shell(), code);
        } finally {
            process.kill();
            assertTrue(Processes.killAllOwnedBy(uid), "the ordinary user's agent left processes");
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    private static String evaluate(JShell shell, String code) {
        String value = null;
        for (String snippet : code.split("\n;;\n")) {
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.exception() != null) return "threw " + e.exception();
                if (e.status() == jdk.jshell.Snippet.Status.REJECTED) {
                    return "rejected " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList();
                }
                if (e.value() != null) value = e.value();
            }
        }
        return value;
    }

    /** {@code expression} evaluated after the world probes are defined. */
    private static String probe(Isolation mode, String expression) throws Exception {
        return unquote(run(mode, worldSnippets + "\n;;\n" + expression));
    }

    private static String unquote(String value) {
        return value != null && value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static String javaList(List<?> items) {
        return items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(", ", "java.util.List.of(", ")"));
    }

    /** The allow-list an agent of the pool may see, with its work folder. */
    private static List<String> allowList(Path work) {
        List<Object> allowed = new ArrayList<>(pool.agentRoot().readOnly());
        allowed.addAll(AgentRoot.DEVICES);
        allowed.add(work);
        return allowed.stream().map(Object::toString).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void theWorldHoldsTheAllowListAndNothingElse(Isolation mode) throws Exception {
        String cwd = unquote(run(mode, "System.getProperty(\"user.dir\")"));
        assertTrue(cwd.startsWith(settings.sandboxRoot().toAbsolutePath().toString()), cwd);
        String allowed = javaList(allowList(Path.of(cwd)));
        assertEquals("[]", probe(mode, "missing(" + allowed + ")"), "the agent cannot see its own allow-list");
        String beyond = probe(mode, "beyond(" + allowed + ")");
        assertEquals("[]", beyond, "visible beyond the allow-list in " + mode);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void onlyTheWorkFolderIsWritable(Isolation mode) throws Exception {
        String found = probe(mode, "System.getProperty(\"user.dir\") + \" \" + writable(\"/\")");
        String cwd = found.substring(0, found.indexOf(' '));
        assertEquals("[" + cwd + "]", found.substring(found.indexOf(' ') + 1), "writable places in " + mode);
        // ns_last_pid is open to all by its mode; the kernel checks the capability on write, as the next line shows.
        assertEquals("[/proc/sys/kernel/ns_last_pid]", probe(mode, "writable(\"/proc/sys\")"),
                "kernel settings writable in " + mode);
        assertEquals("refused", probe(mode, "String setLastPid() { try { java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"/proc/sys/kernel/ns_last_pid\"), \"5\"); return \"written\"; }"
                + " catch (Exception e) { return \"refused\"; } }\n;;\nsetLastPid()"));
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void noPlaceOfTheHostExistsInside(Isolation mode) throws Exception {
        List<String> hostPlaces = new ArrayList<>(FORMERLY_REACHABLE);
        for (Path p : List.of(Path.of(""), Path.of("reference", "samples"), Path.of("target", "classes"),
                settings.dataDir(), settings.exercisesDir(), Path.of(System.getProperty("user.home"), ".m2"),
                settings.sandboxRoot().resolve("uids"),
                // The packaged chapter, hidden samples included, as a server that names no folder unpacks it.
                PackagedChapter.unpack(settings.dataDir()))) {
            hostPlaces.add(p.toAbsolutePath().normalize().toString());
        }
        String present = probe(mode, javaList(hostPlaces) + ".stream().filter(p -> java.nio.file.Files.exists("
                + "java.nio.file.Path.of(p), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()");
        assertEquals("[]", present, "host places that exist in " + mode);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void aUnixSocketOfTheHostCannotBeReached(Isolation mode) throws Exception {
        Path socket = Files.createTempDirectory("tangentlab-isolation").resolve("host.sock");
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
            assertEquals("refused", probe(mode, "connectUnix(\"" + socket + "\")"));
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(socket.getParent());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void runsAsItsOwnNonRootUidWithoutCapabilities(Isolation mode) throws Exception {
        Map<String, String> status = new HashMap<>();
        for (String line : probe(mode, "identity()").split(";")) {
            status.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).trim());
        }
        String uid = status.get("Uid").split(" ")[0];
        assertEquals(uid + " " + uid + " " + uid + " " + uid, status.get("Uid"), "real, effective, saved, fs uid");
        int n = Integer.parseInt(uid);
        if (mode == Isolation.FULL) {
            assertTrue(n >= settings.firstSandboxUid() && n < settings.firstSandboxUid() + ORDINARY_UID_OFFSET, "uid " + n);
        } else {
            assertEquals(ordinaryUid(), n, "an unprivileged grader's agent is that grader's uid, not root");
        }
        for (String set : List.of("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")) {
            assertEquals(ALL_CAPABILITIES_DROPPED, status.get(set), set + " in " + mode);
        }
        assertEquals("1", status.get("NoNewPrivs"));
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void seesNoProcessButItsOwn(Isolation mode) throws Exception {
        String found = probe(mode, "identity().split(\";\")[0].split(\" \")[1] + \" \" + visibleProcesses()");
        String uid = found.substring(0, found.indexOf(' '));
        // bwrap's init as pid 1 and the agent JVM as pid 2, both the agent's own uid.
        assertEquals("[1:" + uid + ", 2:" + uid + "]", found.substring(found.indexOf(' ') + 1));
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void environmentHoldsOnlyTheWorkingFolderWhichIsFreshAndPrivate(Isolation mode) throws Exception {
        // bwrap clears the environment and then sets PWD to the folder it changed to, as a shell would.
        assertEquals("[PWD]", unquote(run(mode, "new java.util.TreeSet<>(System.getenv().keySet()).toString()")));
        String cwd = unquote(run(mode, "System.getProperty(\"user.dir\") + \" \" + new java.io.File(\".\").list().length"));
        assertTrue(cwd.endsWith(" 0"), cwd);
        assertFalse(Files.exists(Path.of(cwd.substring(0, cwd.indexOf(' ')))), "the agent's folder survived the agent");
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void cannotReachEvenTheHostsLoopback(Isolation mode) throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            String result = unquote(run(mode, "String probe() { try (var s = new java.net.Socket()) { s.connect("
                    + "new java.net.InetSocketAddress(\"127.0.0.1\", " + listener.getLocalPort() + "), 1000);"
                    + " return \"connected\"; } catch (Exception e) { return \"refused\"; } }\n;;\nprobe()"));
            assertEquals("refused", result);
        }
        // A new network namespace has only its own loopback interface (bwrap brings it up): nothing leads out.
        assertEquals("[lo]", unquote(run(mode, "String names() { try { return java.util.Collections.list("
                + "java.net.NetworkInterface.getNetworkInterfaces()).stream().map(java.net.NetworkInterface::getName)"
                + ".sorted().toList().toString(); } catch (Exception e) { return e.toString(); } }\n;;\nnames()")));
    }

    @Test
    void theThreadLimitIsTheConfiguredOne() throws Exception {
        // Exhausting RLIMIT_NPROC makes the JVM hang in its own thread creation rather than fail
        // cleanly, so the limit itself is read back; the class policy keeps students from threads.
        String limit = unquote(run(Isolation.FULL, "java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/proc/self/limits\"))"
                + ".stream().filter(l -> l.startsWith(\"Max processes\")).findFirst().get()"
                + ".split(\"\\\\s{2,}\")[1].trim()"));
        assertEquals(String.valueOf(settings.agentThreads()), limit);
    }

    @Test
    void ejmlDoesItsWorkOnTheSubmissionsOwnThread() throws Exception {
        // EJML would otherwise hand large matrix products to a thread pool of its own.
        assertEquals("false", run(Isolation.FULL, "org.ejml.concurrency.EjmlConcurrency.isUseConcurrent()"));
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
