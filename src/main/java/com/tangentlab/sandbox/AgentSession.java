package com.tangentlab.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.JShell;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * One single-use agent JVM joined to a JShell instance in this (trusted) process: JShell
 * compiles here with a warm compiler, the agent only loads and runs. Used for one
 * submission, then killed.
 */
public final class AgentSession implements AutoCloseable {
    private static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;");

    private final AgentProcess process;
    private final CappedOutput output;
    private final Runnable cleanup;
    private final AtomicReference<Termination> killedFor = new AtomicReference<>(Termination.NONE);
    private final List<ClassPolicy.Violation> violations = new ArrayList<>();
    private volatile ClassPolicy policy = ClassPolicy.forSubmissions();
    private volatile ExecutionControl control;
    private JShell shell;
    private ScheduledFuture<?> watchdog;

    private AgentSession(AgentProcess process, long outputCapBytes, Runnable cleanup) {
        this.process = process;
        this.cleanup = cleanup;
        this.output = new CappedOutput(outputCapBytes, () -> kill(Termination.OUTPUT));
    }

    /** Connects JShell to a started agent and evaluates the default imports. */
    static AgentSession open(AgentProcess process, Path compileClassPath, long outputCapBytes, Runnable cleanup) {
        AgentSession session = new AgentSession(process, outputCapBytes, cleanup);
        PrintStream printed = new PrintStream(session.output, true, java.nio.charset.StandardCharsets.UTF_8);
        session.shell = JShell.builder()
                .executionEngine(session.new PipeProvider(), Map.of())
                .out(printed)
                .err(printed)
                .in(InputStream.nullInputStream())
                .compilerOptions("-proc:none")
                .build();
        session.shell.addToClasspath(compileClassPath.toString());
        for (String imp : DEFAULT_IMPORTS) session.shell.eval(imp);
        session.warmUp();
        return session;
    }

    /**
     * Runs one define-and-call round trip and drops it again, so that the agent's class
     * loading, reflection and deserialization paths are warm before a student's code arrives.
     */
    private void warmUp() {
        List<jdk.jshell.SnippetEvent> method = shell.eval("int warmUp$(int x) { return x + 1; }");
        List<jdk.jshell.SnippetEvent> call = shell.eval("warmUp$(41)");
        call.forEach(e -> shell.drop(e.snippet()));
        method.forEach(e -> shell.drop(e.snippet()));
    }

    public JShell shell() {
        return shell;
    }

    /** Applies {@code policy} to every class loaded from now on. */
    public void usePolicy(ClassPolicy policy) {
        this.policy = policy;
    }

    /** The policy violations recorded since the last call, then forgets them. */
    public synchronized List<ClassPolicy.Violation> takeViolations() {
        List<ClassPolicy.Violation> found = List.copyOf(violations);
        violations.clear();
        return found;
    }

    /** Starts the wall clock: when it runs out, the agent is killed. */
    public void startClock(ScheduledExecutorService timer, Duration limit) {
        watchdog = timer.schedule(() -> kill(Termination.WALL_CLOCK), limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends an extension command to the agent; null when the agent is gone. */
    public Object command(String name, Object argument) throws ExecutionControl.ExecutionControlException {
        return control.extensionCommand(name, argument);
    }

    /** Why the agent stopped early, or NONE if it is still alive and well. */
    public Termination termination() {
        Termination reason = killedFor.get();
        if (reason != Termination.NONE) return reason;
        return process.isAlive() ? Termination.NONE : process.deathCause();
    }

    public String printed() {
        return output.text();
    }

    public long printedBytes() {
        return output.total();
    }

    long pid() {
        return process.pid();
    }

    void kill(Termination reason) {
        killedFor.compareAndSet(Termination.NONE, reason);
        process.kill();
    }

    /** Kills the agent (if still alive) and releases its uid and folder in the background. */
    @Override
    public void close() {
        if (watchdog != null) watchdog.cancel(false);
        process.kill();
        shell.close();
        cleanup.run();
    }

    private synchronized void violated(List<ClassPolicy.Violation> found) {
        violations.addAll(found);
    }

    /** Joins JShell to the agent's stdin/stdout: no sockets, no JDI. */
    private final class PipeProvider implements ExecutionControlProvider {
        @Override
        public String name() {
            return "tangentlab-pipe";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
            ExecutionControl remote = Util.remoteInputOutput(process.protocolIn(), process.protocolOut(),
                    Map.of("out", env.userOut(), "err", env.userErr()), Map.of(),
                    (in, out) -> new StreamingExecutionControl(out, in));
            control = new PolicedControl(remote, () -> policy, AgentSession.this::violated);
            return control;
        }
    }
}
