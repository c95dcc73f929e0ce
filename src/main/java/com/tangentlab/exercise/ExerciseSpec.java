package com.tangentlab.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The contents of an {@code exercise.yaml}, as written by its author. {@link ExerciseLoader}
 * checks it against the reference and turns it into an {@link Exercise}.
 */
public record ExerciseSpec(
        String id,
        String title,
        String section,
        double points,
        long timeLimitMs,
        String reference,
        List<String> signatures,
        ToleranceSpec tolerance,
        List<ExampleSpec> examples,
        List<TestSpec> tests,
        List<HintSpec> properties,
        List<HintSpec> misconceptions,
        List<SampleSpec> samples) {

    public record ToleranceSpec(double relative, double absolute) {}

    /** A visible example: fixed arguments (JSON numbers, arrays, or function descriptions). */
    public record ExampleSpec(String call, List<JsonNode> args, Double points) {}

    /** Hidden tests: {@code repeat} draws from one generator. */
    public record TestSpec(String name, String call, String kind, String generator, Integer repeat, Double points,
            ToleranceSpec tolerance) {}

    /** A property or misconception, with the hint a student sees when it applies. */
    public record HintSpec(String name, String hint, Double points) {}

    /**
     * A known submission kept under reference/samples/<id>/, and the outcome it must get;
     * {@code trivial: true} marks an answer that does not depend on the input.
     */
    public record SampleSpec(String file, String status, double score, String misconception, Boolean trivial) {}
}
