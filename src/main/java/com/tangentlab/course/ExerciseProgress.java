package com.tangentlab.course;

import com.tangentlab.gradebook.Scored;

/**
 * One exercise as listed, with the user's best score so far and the score that counts.
 *
 * @param bestScore the judge's best score of the user's web submissions; null until one is graded
 * @param deadline  ISO-8601, null when the exercise has none
 * @param lateRule  what a late submission is worth, e.g. "late: −10%/day"; null without a deadline
 * @param counting  the attempt that counts in the gradebook, after the late rule; null until one is graded
 */
public record ExerciseProgress(String id, String title, String section, double points, Double bestScore,
        String deadline, String lateRule, Scored counting) {}
