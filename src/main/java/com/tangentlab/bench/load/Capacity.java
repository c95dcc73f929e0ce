package com.tangentlab.bench.load;

/**
 * What the CPU one submission costs means at a deadline: submissions a core grades in a minute, and how
 * many students that serves when each submits {@code k} times in the last minute. A core is taken as
 * fully busy grading, so these are ceilings, not a comfortable load.
 */
public record Capacity(double cpuMsPerSubmission) {
    private static final double MS_PER_SECOND = 1000;
    private static final double SECONDS_PER_MINUTE = 60;

    public Capacity {
        if (!(cpuMsPerSubmission > 0)) {
            throw new IllegalArgumentException("the CPU per submission must be positive, not " + cpuMsPerSubmission);
        }
    }

    public double submissionsPerCoreSecond() {
        return MS_PER_SECOND / cpuMsPerSubmission;
    }

    public double submissionsPerCoreMinute() {
        return submissionsPerCoreSecond() * SECONDS_PER_MINUTE;
    }

    /** Students one core serves in a deadline's last minute when each submits {@code submissionsPerStudent} times. */
    public double studentsPerCoreMinute(int submissionsPerStudent) {
        if (submissionsPerStudent < 1) {
            throw new IllegalArgumentException("a student submits at least once, not " + submissionsPerStudent);
        }
        return submissionsPerCoreMinute() / submissionsPerStudent;
    }

    /** The most submissions a second that {@code cores} fully busy cores can grade: the CPU-bound ceiling. */
    public double ceilingPerSecond(int cores) {
        return cores * submissionsPerCoreSecond();
    }
}
