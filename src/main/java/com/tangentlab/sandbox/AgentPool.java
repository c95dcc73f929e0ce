package com.tangentlab.sandbox;

import com.tangentlab.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Keeps {@code poolSize} agents started, connected and waiting, so that no submission pays
 * for a JVM start. Each agent serves one submission and is then killed; its uid and folder
 * are recycled only after every process of it is verified gone.
 */
public final class AgentPool implements AutoCloseable {
    /** Extra uids beyond the waiting agents: how many submissions may be graded at once. */
    private static final int MAX_IN_FLIGHT = 16;

    private final Host host;
    private final AgentLimits limits;
    private final Settings settings;
    private final AgentClassPath agent;
    private final AgentRoot agentRoot;
    private final BlockingQueue<AgentSession> ready = new LinkedBlockingQueue<>();
    private final BlockingQueue<Compiler> compilers = new LinkedBlockingQueue<>();
    private final UidLeases leases;
    private final java.util.Set<Integer> retired = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService spawner;
    private final ExecutorService janitor = Executors.newSingleThreadExecutor(daemon("agent-cleanup"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("agent-watchdog"));
    private final AtomicReference<String> lastFailure = new AtomicReference<>("");
    private volatile boolean closed;

    public AgentPool(Settings settings, Host host) {
        this.settings = settings;
        this.host = host;
        this.limits = AgentLimits.from(settings);
        ProtocolFilter.install();
        Path root = settings.sandboxRoot().toAbsolutePath();
        Path jar = AgentJar.prepare(root.resolve("lib"), System.getProperty("java.class.path"));
        this.agent = new AgentClassPath(jar, AgentArchive.prepare(jar, limits, settings.agentStartTimeout()));
        this.agentRoot = AgentRoot.forAgent(agent);
        this.leases = new UidLeases(root.resolve("uids"), settings.firstSandboxUid(),
                Math.max(settings.sandboxUidCount(), settings.poolSize() + MAX_IN_FLIGHT));
        leases.forEachUnused(uid -> clearLeftovers(uid, root.resolve("agent-" + uid)));
        this.spawner = Executors.newFixedThreadPool(Math.max(1, settings.poolSize()), daemon("agent-spawn"));
        for (int i = 0; i < settings.poolSize(); i++) spawner.submit(this::spawnOne);
        for (int i = 0; i < Math.max(1, settings.poolSize()); i++) {
            spawner.submit(() -> compilers.add(new Compiler(jar)));
        }
    }

    public Host host() {
        return host;
    }

    public AgentLimits limits() {
        return limits;
    }

    public Path agentJar() {
        return agent.jar();
    }

    /** What exists in an agent's world besides its work folder, /proc and the devices. */
    public AgentRoot agentRoot() {
        return agentRoot;
    }

    public ScheduledExecutorService timer() {
        return timer;
    }

    /** A ready agent joined to a warm compiler, waiting if none is; a replacement agent starts at once. */
    public AgentSession take() throws InterruptedException {
        AgentSession session = settings.poolSize() == 0 ? spawnNow() : takeReady();
        Compiler compiler = compilers.poll();
        session.bind(compiler != null ? compiler : new Compiler(agent.jar()), timer,
                Duration.ofSeconds(limits.cpuSeconds()));
        return session;
    }

    private AgentSession takeReady() throws InterruptedException {
        Duration patience = settings.agentStartTimeout().multipliedBy(2);
        AgentSession session = ready.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (session == null) {
            throw new SandboxUnavailableException("no sandbox agent became ready within " + patience.toSeconds()
                    + " s; last failure: " + lastFailure.get());
        }
        spawner.submit(this::spawnOne);
        return session;
    }

    /** Waits until at least one agent is waiting (for benchmarks that measure latency with a ready pool). */
    public void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (ready.isEmpty() && settings.poolSize() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
    }

    private AgentSession spawnNow() throws InterruptedException {
        AgentSession session = start();
        if (session == null) throw new SandboxUnavailableException("cannot start an agent: " + lastFailure.get());
        return session;
    }

    private void spawnOne() {
        try {
            AgentSession session = start();
            if (session != null && !closed) ready.add(session);
            else if (session != null) session.close();
            else if (!closed) timer.schedule(() -> spawner.submit(this::spawnOne), 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recycle(AgentSession session) {
        janitor.submit(() -> {
            try {
                session.finishClose();
                returnCompiler(session.compiler());
            } catch (RuntimeException e) {
                lastFailure.set("cleaning up an agent failed: " + e);
                throw e;
            } finally {
                release(session.lease(), session.workDir());
            }
        });
    }

    private void returnCompiler(Compiler compiler) {
        if (compiler == null) return;
        compiler.release();
        if (compiler.reusable() && !closed) compilers.add(compiler);
        else compiler.close();
    }

    /** Starts one agent; null (with the reason kept) when it fails. */
    private AgentSession start() throws InterruptedException {
        UidLeases.Lease lease = leases.claim(retired);
        int uid = lease.uid();
        Path work = settings.sandboxRoot().toAbsolutePath().resolve("agent-" + uid);
        try {
            clearLeftovers(uid, work);
            createWorkDir(work, uid);
            List<String> command = AgentCommand.build(host, limits, agent, agentRoot, work, uid);
            AgentProcess process = AgentProcess.start(command, settings.agentStartTimeout());
            try {
                return AgentSession.open(process, lease, work, limits.outputBytes(), this::recycle);
            } catch (IOException | RuntimeException e) {
                process.kill();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            lastFailure.set(e.getMessage());
            release(lease, work);
            return null;
        }
    }

    private void createWorkDir(Path work, int uid) throws IOException {
        Files.createDirectories(work, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (host.isolation() == Isolation.FULL) {
            Files.setAttribute(work, "unix:uid", uid);
            Files.setAttribute(work, "unix:gid", uid);
        }
    }

    /**
     * Deletes the agent's folder and frees its uid once nothing runs under it any more. A uid
     * whose processes survive is never handed out again (the pool has spares), and the reason
     * is kept for the next "no agent" error.
     */
    private void release(UidLeases.Lease lease, Path work) {
        boolean clean = host.isolation() != Isolation.FULL || Processes.killAllOwnedBy(lease.uid());
        deleteTree(work);
        if (clean) {
            lease.close();
        } else {
            retired.add(lease.uid());
            lastFailure.set("processes of sandbox uid " + lease.uid() + " survived a kill; that uid is retired");
        }
    }

    /** A process that died without cleaning up (a crash, a kill -9) may have left its agent's folder. */
    private void clearLeftovers(int uid, Path work) {
        if (host.isolation() == Isolation.FULL && !Processes.killAllOwnedBy(uid)) {
            throw new SandboxUnavailableException("processes of sandbox uid " + uid + " cannot be killed");
        }
        deleteTree(work);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete agent folder " + dir, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        spawner.shutdownNow();
        try {
            spawner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AgentSession s = ready.poll(); s != null; s = ready.poll()) s.close();
        for (Compiler c = compilers.poll(); c != null; c = compilers.poll()) c.close();
        janitor.shutdown();
        try {
            janitor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
    }

    /** Blocks until every released agent's cleanup has run; for tests and orderly shutdown. */
    public void awaitCleanup() throws InterruptedException {
        java.util.concurrent.Future<?> marker = janitor.submit(() -> { });
        try {
            marker.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("agent cleanup did not finish", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
