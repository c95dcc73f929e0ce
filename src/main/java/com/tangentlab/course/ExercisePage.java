package com.tangentlab.course;

import java.util.List;

/**
 * What a student sees of an exercise: never its hidden tests, tolerances, misconceptions,
 * reference, samples or exercise.yaml.
 *
 * @param statement Markdown with LaTeX
 * @param starter   the snippet a student starts from
 * @param deadline  ISO-8601, null when the exercise has none
 * @param lateRule  what a late submission is worth; null without a deadline
 */
public record ExercisePage(String id, String title, String section, double points, String statement,
        String starter, List<ExampleCall> examples, String deadline, String lateRule) {

    /**
     * A visible example, rendered.
     *
     * @param call e.g. {@code softmaxJacobian([1.00000, 2.00000])}
     */
    public record ExampleCall(String name, String call, List<String> args) {}
}
