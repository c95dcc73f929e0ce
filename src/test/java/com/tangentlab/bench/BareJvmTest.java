package com.tangentlab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bare JVM starts run beside the work they are compared with, and their CPU is counted apart from it. */
class BareJvmTest {
    /** Far below any JVM start, far above nothing: a start that was not counted would show as 0. */
    private static final long LEAST_CPU_PER_START_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    @Test
    void startsRunUntilStoppedAndEachIsCountedInItsOwnAccount() throws Exception {
        try (CpuAccount benchmark = CpuAccount.enter(); BareJvm bare = new BareJvm(benchmark)) {
            bare.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (bare.starts() < 2 && System.nanoTime() < deadline) Thread.sleep(50);
            bare.stop();
            int starts = bare.starts();
            assertTrue(starts >= 2, "only " + starts + " bare starts in a minute");
            assertTrue(bare.cpuNanos() >= starts * LEAST_CPU_PER_START_NANOS,
                    starts + " starts used only " + bare.cpuNanos() + " ns");
            Thread.sleep(300);
            assertTrue(bare.starts() == starts, "a bare JVM started after stop()");
        }
    }
}
