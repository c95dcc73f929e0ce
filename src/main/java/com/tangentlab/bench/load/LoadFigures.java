package com.tangentlab.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one configuration measured: the students' view (grades, their latency, page requests), the CPU by
 * process kind over the measured round, and the database's counters over the configuration's whole life.
 *
 * @param workers        worker processes
 * @param jobs           submissions each worker grades at once
 * @param seconds        from the measured round's start to the last grade seen
 * @param workerCpuNanos the workers and every agent they started, over the measured round
 * @param webCpuNanos    the web node's own process
 * @param driverCpuNanos this benchmark's simulated students
 * @param gradedInAll    every grade of the configuration (warm-up included), the database figures' denominator
 */
record LoadFigures(int workers, int jobs, int students, int submissions, double seconds, Latencies grades,
        Latencies pages, Latencies polls, int asDeclared, int busyAnswers, List<String> problems, int problemCount,
        long workerCpuNanos, long webCpuNanos, long driverCpuNanos, int gradedInAll, DatabaseStats database,
        String loadAverage, long pollMs) {
    static final List<Integer> CAPACITY_ASSUMPTIONS = List.of(1, 3, 5);

    /** Ms of a second that make one percent of it. */
    private static final double MS_PER_PERCENT_OF_A_SECOND = 10;

    int graded() {
        return grades.count();
    }

    double perSecond() {
        return graded() / seconds;
    }

    double workerCpuMs() {
        return workerCpuNanos / 1e6 / graded();
    }

    Capacity capacity() {
        return new Capacity(workerCpuMs());
    }

    /** Everything this machine spent per grade: workers, web node and the simulated students. */
    double allCpuMs() {
        return (workerCpuNanos + webCpuNanos + driverCpuNanos) / 1e6 / graded();
    }

    /** Every request a student made per grade: the page's, the submission, the polls. */
    double requestsPerGrade() {
        return (double) (pages.count() + polls.count() + graded()) / graded();
    }

    double databaseMsPerGrade() {
        return database.activeMs() / gradedInAll;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(f("%d worker process%s (--jobs %d each), one web node (--workers 0), %d students; load average %s",
                workers, workers == 1 ? "" : "es", jobs, students, loadAverage));
        if (graded() == 0) {
            out.add(f("  no submission was graded; %d problem(s), first: %s", problemCount, String.join(" | ", problems)));
            return out;
        }
        out.add(f("  graded %d of %d submissions in %.1f s: %.2f submissions/s; %d with the outcome their sample"
                + " declares; %d answers 429", graded(), submissions, seconds, perSecond(), asDeclared, busyAnswers));
        out.add(f("  submit to grade, as the student sees it polling every %d ms: p50 %.0f ms, p95 %.0f ms",
                pollMs, grades.p50Ms(), grades.p95Ms()));
        out.add(f("  page requests under load (%d: me, section, exercise, draft, attempts): p50 %.0f ms, p95 %.0f ms;"
                + " polls (%d): p95 %.0f ms", pages.count(), pages.p50Ms(), pages.p95Ms(), polls.count(),
                polls.p95Ms()));
        out.add(f("  CPU per submission (kernel cgroup accounting): workers with their agents %.0f ms, web node %.0f ms,"
                + " simulated students %.0f ms", workerCpuMs(), webCpuNanos / 1e6 / graded(),
                driverCpuNanos / 1e6 / graded()));
        out.add(capacityLine());
        out.add(f("  database (pg_stat_database, %d grades in all): %.1f transactions and %.1f ms active per grade"
                + " (for the grading, the workers' idle polling and the students' %.1f HTTP requests per grade);"
                + " at %.2f grades/s it is active %.1f%% of one core's time", gradedInAll,
                (double) database.transactions() / gradedInAll, databaseMsPerGrade(), requestsPerGrade(), perSecond(),
                databaseMsPerGrade() * perSecond() / MS_PER_PERCENT_OF_A_SECOND));
        if (problemCount > 0) {
            out.add(f("  %d problem(s), first: %s", problemCount, String.join(" | ", problems)));
        }
        return out;
    }

    private String capacityLine() {
        Capacity c = capacity();
        StringBuilder line = new StringBuilder(f("  capacity per worker core: %.0f submissions a minute; students per"
                + " deadline-minute per core", c.submissionsPerCoreMinute()));
        for (int k : CAPACITY_ASSUMPTIONS) {
            line.append(f(", %.0f submitting %d time%s", c.studentsPerCoreMinute(k), k, k == 1 ? "" : "s"));
        }
        return line.toString();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
