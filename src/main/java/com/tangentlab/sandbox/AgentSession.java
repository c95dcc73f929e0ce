package com.tangentlab.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionControl;

/**
 * One single-use agent JVM, started and linked by the pool before a submission arrives, and
 * joined to a warm compiler (a JShell instance in this trusted process) when it is taken. It
 * serves one submission and is then killed; only the compiler is reused.
 */
public final class AgentSession implements AutoCloseable {
    /**
     * How often the agent's CPU time is read while it runs a submission. RLIMIT_CPU's hard kill
     * comes one CPU second after the soft limit, so even two busy cores leave a reading at or
     * past the soft limit before it.
     */
    private static final Duration CPU_SAMPLE_PERIOD = Duration.ofMillis(250);

    private final AgentProcess process;
    private final UidLeases.Lease lease;
    private final Path workDir;
    private final CappedOutput output;
    private final Consumer<AgentSession> onClose;
    private final AtomicReference<Termination> killedFor = new AtomicReference<>(Termination.NONE);
    private final AgentClock clock = new AgentClock(() -> kill(Termination.WALL_CLOCK));
    private ExecutionControl remote;
    private Compiler compiler;
    private ScheduledFuture<?> cpuSampler;
    private Duration cpuLimit = Duration.ofMillis(Long.MAX_VALUE);

    private AgentSession(AgentProcess process, UidLeases.Lease lease, Path workDir, long outputCapBytes,
            Consumer<AgentSession> onClose) {
        this.process = process;
        this.lease = lease;
        this.workDir = workDir;
        this.onClose = onClose;
        this.output = new CappedOutput(outputCapBytes, () -> kill(Termination.OUTPUT));
    }

    /** Links to a started agent; on failure the caller kills the process. */
    static AgentSession open(AgentProcess process, UidLeases.Lease lease, Path workDir, long outputCapBytes,
            Consumer<AgentSession> onClose) throws IOException {
        AgentSession session = new AgentSession(process, lease, workDir, outputCapBytes, onClose);
        session.remote = new ClockedControl(AgentLink.connect(process, session.output), session.clock);
        return session;
    }

    /**
     * Joins the compiler that will compile this submission, and from now on samples the agent's
     * CPU time, so that a kill can be told to be the CPU limit's or someone else's.
     */
    void bind(Compiler warm, ScheduledExecutorService timer, Duration cpuLimit) {
        compiler = warm;
        warm.attach(remote);
        this.cpuLimit = cpuLimit;
        cpuSampler = timer.scheduleAtFixedRate(process::sampleCpu, CPU_SAMPLE_PERIOD.toMillis(),
                CPU_SAMPLE_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    Compiler compiler() {
        return compiler;
    }

    public JShell shell() {
        return compiler.shell();
    }

    /** Applies {@code policy} to every class loaded from now on. */
    public void usePolicy(ClassPolicy policy) {
        compiler.usePolicy(policy);
    }

    /** The policy violations recorded since the last call, then forgets them. */
    public List<ClassPolicy.Violation> takeViolations() {
        return compiler.takeViolations();
    }

    /**
     * Gives the submission its wall-clock budget, spent only while the agent works (loads, runs
     * top-level code, runs tests); when it runs out, the agent is killed.
     */
    public void startClock(ScheduledExecutorService timer, Duration limit) {
        clock.start(timer, limit);
    }

    /** Wall-clock time the agent has worked for this submission so far. */
    public Duration agentTime() {
        return clock.used();
    }

    /** The compiler failed or overran on this submission: it is closed afterwards, never reused. */
    public void discardCompiler() {
        compiler.discard();
    }

    /** Sends an extension command to the agent. */
    public Object command(String name, Object argument) throws ExecutionControl.ExecutionControlException {
        return remote.extensionCommand(name, argument);
    }

    /** Why the agent stopped early, or NONE if it is still alive and well. */
    public Termination termination() {
        Termination reason = killedFor.get();
        return reason != Termination.NONE ? reason : process.deathCause(cpuLimit);
    }

    /** Why the agent stopped, once a protocol call has failed: waits briefly for the process to be reaped. */
    public Termination terminationAfterFailure() {
        Termination reason = killedFor.get();
        return reason != Termination.NONE ? reason : process.deathCauseAfterFailure(cpuLimit);
    }

    /** What the submission printed, up to the output cap. */
    public String printed() {
        return output.text();
    }

    UidLeases.Lease lease() {
        return lease;
    }

    Path workDir() {
        return workDir;
    }

    /** Records why, and signals the agent to die; the watchdog and output threads must not block. */
    void kill(Termination reason) {
        killedFor.compareAndSet(Termination.NONE, reason);
        process.signalKill();
    }

    /**
     * Signals the agent's processes to die at once, then hands the session to the pool, which
     * waits for them, closes the compiler and frees the uid and folder off the caller's path.
     */
    @Override
    public void close() {
        clock.stop();
        if (cpuSampler != null) {
            process.sampleCpu();
            cpuSampler.cancel(false);
        }
        process.signalKill();
        onClose.accept(this);
    }

    /** The slow part of closing: wait until every process of the agent is gone. */
    void finishClose() {
        process.kill();
    }
}
