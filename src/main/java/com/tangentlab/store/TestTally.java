package com.tangentlab.store;

/**
 * How often one test or property check passed over many graded submissions.
 *
 * @param results     test results of that name (a repeated hidden test counts once per repetition)
 * @param submissions submissions that ran it
 */
public record TestTally(String name, String kind, int results, int passed, int submissions) {}
