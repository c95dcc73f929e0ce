package com.tangentlab.course;

/**
 * One exercise as listed, with the user's best score so far.
 *
 * @param bestScore null until one of the user's submissions is graded
 */
public record ExerciseProgress(String id, String title, String section, double points, Double bestScore) {}
