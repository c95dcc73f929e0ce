package com.tangentlab.score;

/**
 * One graded check. For hidden tests and properties, {@code detail} is always null and
 * {@code hint} names at most a property or a misconception: never inputs, output, or
 * exception text.
 *
 * @param kind example, hidden, robustness or property
 */
public record TestResult(String name, String kind, boolean passed, double points, double maxPoints, String hint,
        String detail) {

    public static final String PROPERTY = "property";
}
