package com.tangentlab.course;

/**
 * One exercise as listed, with the user's best score so far.
 *
 * @param bestScore null until one of the user's submissions is graded
 * @param deadline  ISO-8601, null when the exercise has none
 * @param lateRule  what a late submission is worth, e.g. "late: −10%/day"; null without a deadline
 */
public record ExerciseProgress(String id, String title, String section, double points, Double bestScore,
        String deadline, String lateRule) {}
