package com.tangentlab.exercise;

import com.tangentlab.agent.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The hidden half of an exercise, compiled into the trusted judge only. A subclass lives
 * under {@code reference/} and registers, in its constructor, the correct solution of each
 * function, the generators of hidden inputs, the property checks, and the known-wrong
 * variants that identify misconceptions; the exercise's {@code exercise.yaml} names them.
 */
public abstract class Reference {

    /** Draws the arguments of one hidden test. */
    @FunctionalInterface
    public interface Generator {
        List<Value> draw(SplittableRandom random);
    }

    /** A mathematical property the student's result must have. */
    @FunctionalInterface
    public interface Property {
        boolean holds(Args args, Observed observed, Tolerance tolerance);
    }

    /** Recognises a misconception from the student's result. */
    @FunctionalInterface
    public interface Detector {
        boolean matches(Args args, Observed observed, Tolerance tolerance);
    }

    private final Map<String, Function<Args, Object>> solutions = new LinkedHashMap<>();
    private final Map<String, Generator> generators = new LinkedHashMap<>();
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Map<String, Detector> detectors = new LinkedHashMap<>();

    protected final void solution(String function, Function<Args, Object> solve) {
        solutions.put(function, solve);
    }

    protected final void generator(String name, Generator generator) {
        generators.put(name, generator);
    }

    protected final void property(String name, Property property) {
        properties.put(name, property);
    }

    /** A misconception recognised when the student's result agrees with a known-wrong answer. */
    protected final void misconception(String name, Function<Args, Object> wrongAnswer) {
        detectors.put(name, (args, observed, tol) -> tol.agrees(Values.of(wrongAnswer.apply(args)), observed.result()));
    }

    /** A misconception recognised by any other test on the result or the call counts. */
    protected final void misconceptionIf(String name, Detector detector) {
        detectors.put(name, detector);
    }

    public final Value solve(String function, Args args) {
        return Values.of(solutions.get(function).apply(args));
    }

    public final List<Value> draw(String generator, SplittableRandom random) {
        return generators.get(generator).draw(random);
    }

    public final Property property(String name) {
        return properties.get(name);
    }

    public final Detector detector(String name) {
        return detectors.get(name);
    }

    public final boolean hasSolution(String function) { return solutions.containsKey(function); }
    public final boolean hasGenerator(String name) { return generators.containsKey(name); }
    public final boolean hasProperty(String name) { return properties.containsKey(name); }
    public final boolean hasDetector(String name) { return detectors.containsKey(name); }
}
