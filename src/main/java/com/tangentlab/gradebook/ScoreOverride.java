package com.tangentlab.gradebook;

import java.time.OffsetDateTime;

/** One line of the override log: an attempt's score changed by hand, by whom, when, and why. */
public record ScoreOverride(long id, long submissionId, String student, String exerciseId, double oldScore,
        double newScore, String reason, String overriddenBy, OffsetDateTime overriddenAt) {}
