package com.tangentlab.check;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.score.Grade;

/**
 * What the batch and the web queue need of the judge: one submission in, its grade out, or a
 * {@link GradingFailedException} when the grader itself fails on it.
 */
@FunctionalInterface
public interface Grader {
    Grade grade(Exercise exercise, String source, long seed);
}
