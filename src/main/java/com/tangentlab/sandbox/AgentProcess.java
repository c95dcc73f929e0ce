package com.tangentlab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import com.tangentlab.agent.AgentMain;

/** One started agent JVM (inside its isolation wrapper), and the means to kill all of it. */
final class AgentProcess {
    /** Exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int EXIT_OUT_OF_MEMORY = 3;
    /** Exit status of a process killed by SIGXCPU (128 + 24), RLIMIT_CPU's soft limit. */
    private static final int EXIT_CPU_LIMIT = 128 + 24;
    /**
     * Exit status of a process killed by SIGKILL (128 + 9). The judge's own kills are recorded
     * before they are sent, so a SIGKILL is the kernel enforcing RLIMIT_CPU's hard limit only if
     * the agent's measured CPU time reached its limit; otherwise someone else killed it.
     */
    private static final int EXIT_KILLED = 128 + 9;
    /**
     * Exit statuses of a JVM ended by a signal that only someone outside the agent can send (the
     * agent cannot signal: it has no processes to run and the policy refuses them): SIGHUP,
     * SIGINT and SIGTERM, as an operator, a service manager or a shutting-down machine sends them.
     */
    private static final Set<Integer> EXIT_SIGNALLED_FROM_OUTSIDE = Set.of(128 + 1, 128 + 2, 128 + 15);
    private static final int STDERR_KEPT_BYTES = 8192;
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    /** How long to wait for a process whose pipe closed to be reaped, before judging it alive. */
    private static final Duration DEATH_GRACE = Duration.ofSeconds(2);

    private final Process process;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    /** The most processor time the agent was seen to use, in ms; sampled while it runs a submission. */
    private final AtomicLong cpuSeenMillis = new AtomicLong();

    private AgentProcess(Process process) {
        this.process = process;
        Thread drain = new Thread(this::drainStderr, "agent-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts the agent and waits until it reports ready; kills it if it does not in time. */
    static AgentProcess start(List<String> command, Duration startTimeout) throws IOException {
        AgentProcess agent = new AgentProcess(new ProcessBuilder(command).start());
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(agent::readReadyLine);
        try {
            String line = ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!AgentMain.READY.equals(line)) throw new IOException("agent did not start: " + agent.describeFailure());
            return agent;
        } catch (TimeoutException | ExecutionException e) {
            agent.kill();
            throw new IOException("agent did not start within " + startTimeout.toMillis() + " ms: "
                    + agent.describeFailure(), e);
        } catch (InterruptedException e) {
            agent.kill();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting an agent", e);
        } catch (IOException e) {
            agent.kill();
            throw e;
        }
    }

    InputStream protocolIn() {
        return process.getInputStream();
    }

    OutputStream protocolOut() {
        return process.getOutputStream();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Reads the agent's processor time from the kernel and keeps the largest reading. */
    void sampleCpu() {
        if (process.isAlive()) cpuSeenMillis.accumulateAndGet(CpuMeter.used(process.toHandle()).toMillis(), Math::max);
    }

    /** Why the agent died on its own, judged from its exit status and, for SIGKILL, its CPU time against {@code cpuLimit}. */
    Termination deathCause(Duration cpuLimit) {
        if (process.isAlive()) return Termination.NONE;
        return exitCause(cpuLimit);
    }

    /** Like {@link #deathCause}, but first gives a process whose pipe just broke time to be reaped. */
    Termination deathCauseAfterFailure(Duration cpuLimit) {
        if (!exitedWithin(DEATH_GRACE)) return Termination.NONE;
        return exitCause(cpuLimit);
    }

    private Termination exitCause(Duration cpuLimit) {
        return switch (process.exitValue()) {
            case EXIT_OUT_OF_MEMORY -> Termination.MEMORY;
            case EXIT_CPU_LIMIT -> Termination.CPU_TIME;
            case EXIT_KILLED -> cpuSeenMillis.get() >= cpuLimit.toMillis() ? Termination.CPU_TIME : Termination.KILLED;
            default -> EXIT_SIGNALLED_FROM_OUTSIDE.contains(process.exitValue()) ? Termination.KILLED : crashCause();
        };
    }

    /** A death of the agent's own: out of memory if the JVM said so, otherwise a crash. */
    private Termination crashCause() {
        String said = stderrText();
        boolean memory = said.contains("OutOfMemoryError") || said.contains("Cannot allocate memory")
                || said.contains("insufficient memory");
        return memory ? Termination.MEMORY : Termination.CRASHED;
    }

    /**
     * Sends SIGKILL to every process below the wrapper, without waiting. The wrapper itself is
     * left to reap its child and exit: killed first, it would orphan the JVM as a zombie.
     */
    void signalKill() {
        List<ProcessHandle> below = process.toHandle().descendants().toList();
        below.forEach(ProcessHandle::destroyForcibly);
        // Without isolation there is no wrapper: the JVM is the process itself.
        if (below.isEmpty()) process.destroyForcibly();
    }

    /** Kills everything below the wrapper, lets the wrapper reap it and exit, and waits until all are gone. */
    void kill() {
        signalKill();
        if (!exitedWithin(KILL_WAIT)) {
            signalKill();
            process.destroyForcibly();
            exitedWithin(KILL_WAIT);
        }
    }

    boolean waitForExit(Duration patience) {
        return exitedWithin(patience);
    }

    private boolean exitedWithin(Duration grace) {
        try {
            return process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    String describeFailure() {
        String tail = stderrText().strip();
        String status = process.isAlive() ? "still running" : "exit status " + process.exitValue();
        return status + (tail.isEmpty() ? "" : ": " + tail);
    }

    private String readReadyLine() {
        try {
            InputStream in = process.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (line.length() > AgentMain.READY.length()) break;
                line.append((char) b);
            }
            return line.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private void drainStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                synchronized (stderr) {
                    int room = STDERR_KEPT_BYTES - stderr.size();
                    if (room > 0) stderr.write(buffer, 0, Math.min(room, n));
                }
            }
        } catch (IOException e) {
            // The agent was killed: its stderr closes with it, and what was kept is enough.
        }
    }

    private String stderrText() {
        synchronized (stderr) {
            return stderr.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
