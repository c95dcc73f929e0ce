package com.tangentlab.course;

import java.util.List;

/**
 * What a student sees of an exercise: never its hidden tests, tolerances, misconceptions,
 * reference, samples or exercise.yaml.
 *
 * @param statement Markdown with LaTeX
 * @param starter   the snippet a student starts from
 */
public record ExercisePage(String id, String title, String section, double points, String statement,
        String starter, List<ExampleCall> examples) {

    /**
     * A visible example, rendered.
     *
     * @param call e.g. {@code softmaxJacobian([1.00000, 2.00000])}
     */
    public record ExampleCall(String name, String call, List<String> args) {}
}
