package com.tangentlab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's CPU account sees the CPU of a process that the JVM's own child accounting cannot: an
 * orphan, reaped by someone else, as the agents are inside their pid namespace.
 */
class CpuAccountTest {
    /** A shell loop long enough to use a clearly measurable amount of CPU (tenths of a second). */
    private static final String BUSY = "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done";
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    @TempDir
    Path folder;

    @Test
    void anOrphanedGrandchildsCpuIsCounted() throws Exception {
        Path done = folder.resolve("cpu");
        try (CpuAccount account = CpuAccount.enter()) {
            long before = account.usageNanos();
            // The subshell runs in the background and its parent exits at once, so the JVM never waits for it;
            // it writes its own CPU ticks (from /proc) before it ends.
            String script = "( " + BUSY + "; read -r _ _ _ _ _ _ _ _ _ _ _ _ _ u s _ < /proc/$BASHPID/stat;"
                    + " echo $((u + s)) > " + done + ".tmp; mv " + done + ".tmp " + done + " ) &";
            Process parent = new ProcessBuilder("bash", "-c", script).start();
            assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
            long ticks = awaitTicks(done);
            long counted = account.usageNanos() - before;

            long orphanNanos = TimeUnit.SECONDS.toNanos(ticks) / CLOCK_TICKS_PER_SECOND;
            assertTrue(orphanNanos > 0, "the orphan used no measurable CPU");
            assertTrue(counted >= orphanNanos, "counted " + counted + " ns, the orphan alone used " + orphanNanos);
        }
    }

    @Test
    void aProcessStartedInAnInnerAccountIsCountedThereAndInTheOuterOne() throws Exception {
        try (CpuAccount outer = CpuAccount.enter()) {
            long outerBefore = outer.usageNanos();
            long inside;
            try (CpuAccount inner = outer.inner("busy")) {
                Process busy = new ProcessBuilder(inner.command(java.util.List.of("bash", "-c", BUSY))).start();
                assertTrue(busy.waitFor(5, TimeUnit.MINUTES) && busy.exitValue() == 0, "the busy loop did not end");
                inside = inner.usageNanos();
                long outerAfter = outer.usageNanos();
                assertTrue(inside > TimeUnit.MILLISECONDS.toNanos(10), "the inner account counted only " + inside + " ns");
                assertTrue(outerAfter - outerBefore >= inside, "the outer account counted " + (outerAfter - outerBefore)
                        + " ns, less than the " + inside + " ns of the process inside it");
            }
        }
    }

    private static long awaitTicks(Path done) throws InterruptedException, java.io.IOException {
        for (int i = 0; i < 600 && !Files.exists(done); i++) Thread.sleep(100);
        return Long.parseLong(Files.readString(done).trim());
    }
}
