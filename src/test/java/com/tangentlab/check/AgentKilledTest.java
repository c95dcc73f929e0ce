package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tangentlab.TestExercises;
import com.tangentlab.sandbox.AgentKilledException;
import com.tangentlab.sandbox.Processes;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agent killed by something outside the grader (another process, the operator, the OOM
 * killer) is not the student's doing: the submission is graded again in a fresh agent, and is
 * never scored 0 for it. The CPU limit's own SIGKILL is told apart by the agent's measured CPU time
 * (SandboxLimitsTest). The first test runs with SIGKILL (true) and SIGTERM (false).
 */
class AgentKilledTest {
    /**
     * Bytes an agent has written when the killer strikes: its start and protocol write far less,
     * so only an agent that runs the submission (which prints more) is killed, whatever the load.
     */
    private static final long WRITTEN_BEFORE_THE_KILL = 16 * 1024;
    private static final long SEED = 11L;
    /** A correct answer behind top-level code that prints 20 KB, then keeps the agent busy for three seconds. */
    private static final String BUSY_THEN_CORRECT = """
            System.out.print("x".repeat(20 * 1024));
            long busyUntil = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < busyUntil) { }
            """ + SandboxFixture.resource("/hostile/control-reference-sample.jsh");

    @TempDir
    Path exercises;

    @ParameterizedTest(name = "by {0}")
    @ValueSource(booleans = {true, false})
    void aSubmissionWhoseAgentIsKilledFromOutsideIsGradedAgainInAFreshOne(boolean sigkill) throws Exception {
        try (SandboxFixture sandbox = start(); Killer killer = new Killer(sandbox, 1, sigkill)) {
            Grade grade = sandbox.judge.grade(sandbox.exercise, BUSY_THEN_CORRECT, SEED);
            assertEquals(1, killer.kills.get(), "the first agent was killed from outside");
            assertEquals(Status.GRADED, grade.status(), grade.message());
            assertEquals(grade.maxScore(), grade.score(), 1e-9, grade.message());
            sandbox.assertNoProcessLeft("a killed agent");
        }
    }

    @Test
    void aSubmissionWhoseAgentsAreAlwaysKilledIsAGraderFaultNeverAZero() throws Exception {
        try (SandboxFixture sandbox = start(); Killer killer = new Killer(sandbox, Integer.MAX_VALUE, true)) {
            assertThrows(AgentKilledException.class,
                    () -> sandbox.judge.grade(sandbox.exercise, BUSY_THEN_CORRECT, SEED));
            assertEquals(Judge.AGENTS_PER_SUBMISSION, killer.kills.get(), "each fresh agent was killed");
            sandbox.assertNoProcessLeft("killed agents");
        }
    }

    private SandboxFixture start() throws Exception {
        TestExercises.copyWithRoomyTimeLimit(exercises);
        return SandboxFixture.start(Map.of("TANGENTLAB_EXERCISES_DIR", exercises.toString()));
    }

    /** Sends SIGKILL or SIGTERM, as another process would, to agents that have run long enough to be grading. */
    private static final class Killer implements AutoCloseable {
        private static final long POLL_MS = 20;
        final AtomicInteger kills = new AtomicInteger();
        private final Set<Long> killed = ConcurrentHashMap.newKeySet();
        private final Thread thread;

        private final boolean sigkill;

        Killer(SandboxFixture sandbox, int most, boolean sigkill) {
            this.sigkill = sigkill;
            int first = sandbox.settings.firstSandboxUid();
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted() && kills.get() < most) {
                    for (int uid = first; uid < first + SandboxFixture.UIDS_IN_FLIGHT; uid++) {
                        for (long pid : Processes.ownedBy(uid)) killIfBusy(pid);
                    }
                    try {
                        Thread.sleep(POLL_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "outside-killer");
            thread.setDaemon(true);
            thread.start();
        }

        private void killIfBusy(long pid) {
            ProcessHandle.of(pid).ifPresent(p -> {
                if (killed.contains(pid) || written(pid) < WRITTEN_BEFORE_THE_KILL) return;
                killed.add(pid);
                if (sigkill) p.destroyForcibly();
                else p.destroy();
                kills.incrementAndGet();
            });
        }

        /** The bytes the process has written, from the kernel's /proc/PID/io; 0 once it is gone. */
        private static long written(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "io"))) {
                    if (line.startsWith("wchar:")) return Long.parseLong(line.substring("wchar:".length()).trim());
                }
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
            return 0;
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }
}
