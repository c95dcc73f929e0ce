package com.tangentlab.check;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Values;
import com.tangentlab.score.TestResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares each observed result with the reference and explains failures: a trivial answer,
 * the shape, a non-finite entry, a named misconception, or a failed property. Hidden tests say
 * only that, never their inputs or values.
 *
 * <p>A trivial answer (see {@link TrivialAnswers}) earns nothing: the tests of its function
 * fail even where it matches a reference that happens to be trivial too, and no property
 * check holds while any function's answer is trivial, since a zero or constant result has
 * every symmetry and null space a property can ask for.
 */
final class Feedback {
    static final String TRIVIAL_PROPERTY_HINT = "property checks count only for an answer that depends on its"
            + " input, and yours does not";

    private final Exercise exercise;
    private final Set<String> trivialFunctions;
    /** Property name to [tests where it was checked, tests where it held]. */
    private final Map<String, int[]> propertyTally = new LinkedHashMap<>();

    /** @param trivialFunctions the functions whose answer is trivial, from {@link TrivialAnswers} */
    Feedback(Exercise exercise, Set<String> trivialFunctions) {
        this.exercise = exercise;
        this.trivialFunctions = Set.copyOf(trivialFunctions);
        exercise.properties().forEach(p -> propertyTally.put(p.name(), new int[2]));
    }

    /** The hint on every test of a function whose answer is trivial; it names the function, not the input. */
    static String trivialHint(String function) {
        return "your " + function + " does not depend on its input: it gives the same value for every input, or a"
                + " result fixed by the input's size alone (all entries equal, a multiple of the identity, an argument"
                + " handed back unchanged). Such an answer earns nothing, even where it happens to match";
    }

    TestResult judge(TestCase test, Value expected, Observed observed) {
        Args args = new Args(test.args());
        Value actual = observed.result();
        boolean trivial = trivialFunctions.contains(test.call().name());
        boolean wellShaped = Values.sameShape(expected, actual) && !Values.hasNonFinite(actual);
        if (!test.visible() && wellShaped && !trivial) tallyProperties(args, observed, test);
        boolean passed = !trivial && test.tolerance().agrees(expected, actual);
        String hint = trivial ? trivialHint(test.call().name())
                : passed ? null : explain(test, args, expected, observed);
        String detail = test.visible() ? detail(test, expected, actual) : null;
        return new TestResult(test.name(), test.kind().name().toLowerCase(java.util.Locale.ROOT), passed,
                passed ? test.points() : 0, test.points(), hint, detail);
    }

    /**
     * One result per property: held on every hidden test where the result had the right shape,
     * and only when no function's answer is trivial.
     */
    List<TestResult> properties() {
        List<TestResult> results = new ArrayList<>();
        for (Exercise.Hinted p : exercise.properties()) {
            int[] tally = propertyTally.get(p.name());
            boolean held = trivialFunctions.isEmpty() && tally[0] > 0 && tally[0] == tally[1];
            String hint = held ? null : trivialFunctions.isEmpty() ? p.hint() : TRIVIAL_PROPERTY_HINT;
            results.add(new TestResult(p.name(), TestResult.PROPERTY, held, held ? p.points() : 0, p.points(),
                    hint, null));
        }
        return results;
    }

    private void tallyProperties(Args args, Observed observed, TestCase test) {
        for (Exercise.Hinted p : exercise.properties()) {
            int[] tally = propertyTally.get(p.name());
            tally[0]++;
            if (exercise.reference().property(p.name()).holds(args, observed, test.tolerance())) tally[1]++;
        }
    }

    private String explain(TestCase test, Args args, Value expected, Observed observed) {
        Value actual = observed.result();
        if (actual instanceof Value.Threw t) return threw(test, t);
        if (actual instanceof Value.Null) return "your method returned null";
        // A named misconception teaches more than "wrong shape" or "NaN": a transposed m × n
        // Jacobian or a missing guard against 0/0 is recognised before the generic hints.
        for (Exercise.Hinted m : exercise.misconceptions()) {
            if (exercise.reference().detector(m.name()).matches(args, observed, test.tolerance())) return m.hint();
        }
        if (!Values.sameShape(expected, actual)) {
            return "the result has the wrong shape: expected " + shapeWord(expected) + ", got " + shapeWord(actual)
                    + (test.visible() ? " (" + expected.shape() + " vs " + actual.shape() + ")" : "");
        }
        if (Values.hasNonFinite(actual)) {
            return "the result contains NaN or infinite entries: look for an overflow (exp of a large number)"
                    + " or a division by zero";
        }
        if (test.tolerance().agrees(Values.transpose(expected), actual)) {
            return "your result is the transpose of the expected one: row i should hold the derivatives of output i";
        }
        if (test.tolerance().agrees(Values.negate(expected), actual)) return "your result has the wrong sign";
        return "the values differ from the reference by more than the tolerance";
    }

    /** Names the exception for JDK exceptions only: a student's own class name could encode the input. */
    private static String threw(TestCase test, Value.Threw t) {
        boolean jdk = t.exceptionClass().startsWith("java.");
        String name = jdk ? t.exceptionClass().substring(t.exceptionClass().lastIndexOf('.') + 1) : "an exception";
        return "your method threw " + name + (test.visible() || !jdk ? "" : " on a hidden input");
    }

    private static String shapeWord(Value v) {
        if (v instanceof Value.Mat) return "a matrix";
        if (v instanceof Value.Vec) return "a vector";
        if (v instanceof Value.Num || v instanceof Value.Int) return "a number";
        return v.shape();
    }

    private static String detail(TestCase test, Value expected, Value actual) {
        StringBuilder d = new StringBuilder(test.call().name()).append('(');
        for (int i = 0; i < test.args().size(); i++) {
            if (i > 0) d.append(", ");
            d.append(Values.render(test.args().get(i)));
        }
        return d.append(")\n  expected: ").append(Values.render(expected))
                .append("\n  got:      ").append(Values.render(actual)).toString();
    }
}
