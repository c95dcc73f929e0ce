package com.tangentlab.analytics;

/**
 * The headline numbers of one exercise over the class. Averages are null when no student has
 * a graded attempt (or, for attempts to solve, when nobody solved it).
 *
 * @param students            students with at least one graded attempt
 * @param meanBest            mean of each student's best score, in points
 * @param solvedShare         share of those students with full marks on some attempt
 * @param attemptsToSolveMean attempts up to the first with full marks, over the students who got there
 */
public record ExerciseSummary(String id, String title, String section, double points, int students,
        int submissions, Double meanBest, Double medianBest, Double solvedShare, Double attemptsToSolveMean,
        Double attemptsToSolveMedian) {}
