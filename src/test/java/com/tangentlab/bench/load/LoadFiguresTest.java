package com.tangentlab.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A configuration's report says per grade what was counted in all, and survives a run that graded nothing. */
class LoadFiguresTest {
    private static final long NANOS_PER_MS = 1_000_000;

    @Test
    void tenGradesInFiveSecondsAt250MsOfWorkerCpuEachReadAsTwoASecondAnd240ACoreMinute() {
        LoadFigures f = figures(Collections.nCopies(10, 800.0), 2_500 * NANOS_PER_MS, new DatabaseStats(300, 120));
        assertEquals(2.0, f.perSecond(), 1e-9);
        assertEquals(250, f.workerCpuMs(), 1e-9);
        String report = String.join("\n", f.lines());
        assertTrue(report.contains("2.00 submissions/s"), report);
        assertTrue(report.contains("240 submissions a minute"), report);
        assertTrue(report.contains("80 submitting 3 times"), report);
        assertTrue(report.contains("25.0 transactions and 10.0 ms active per grade"), report);
        assertTrue(report.contains("active 2.0% of one core's time"), report);
    }

    @Test
    void aConfigurationThatGradedNothingReportsItsProblemsAndIsLeftOutOfTheComparison() {
        LoadFigures none = figures(List.of(), 0, new DatabaseStats(0, 0));
        String report = String.join("\n", none.lines());
        assertTrue(report.contains("no submission was graded; 1 problem(s), first: the web node stopped"), report);
        assertTrue(Scaling.lines(List.of(none), 2).isEmpty());
    }

    private static LoadFigures figures(List<Double> gradeMs, long workerCpuNanos, DatabaseStats database) {
        List<String> problems = gradeMs.isEmpty() ? List.of("the web node stopped") : List.of();
        return new LoadFigures(1, 2, 5, 10, 5.0, Latencies.of(gradeMs), Latencies.of(List.of(20.0)),
                Latencies.of(List.of(5.0)), gradeMs.size(), 0, problems, problems.size(), workerCpuNanos, 0, 0, 12,
                database, "1.00 1.00 1.00", 500);
    }
}
