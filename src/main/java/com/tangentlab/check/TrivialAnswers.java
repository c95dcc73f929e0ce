package com.tangentlab.check;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the functions of a submission whose answer is trivial: the same whatever the input,
 * or the input handed back. Such an answer has every structural property a zero or constant matrix has
 * (symmetry, any null space) and matches the reference wherever that happens to be trivial
 * too, so without this rule it earns points for nothing.
 *
 * <p>A function's answer is trivial when either
 * <ul>
 *   <li>it returned one and the same value on every test (a constant, "minimum", false), while
 *       the reference's answers to those tests differ; or</li>
 *   <li>on every test where the reference's answer is not itself of such a form, its result is
 *       one: every entry one number c, or c times the identity, with the same c on all tests
 *       (zeros, ones, NaN everywhere, I); or one of its arguments handed back unchanged. A c that
 *       changes with the input (I/‖x‖) makes a real, if wrong, answer.</li>
 * </ul>
 * Tests where the function threw or returned null are left out: they earn nothing anyway.
 */
final class TrivialAnswers {
    /** A constant can only be told from a right answer on at least this many tests. */
    static final int TESTS_TO_SEE_A_CONSTANT = 2;

    private TrivialAnswers() {}

    /** One test of a function: its arguments, the reference's answer and the submission's. */
    record Answer(List<Value> args, Value expected, Value actual) {}

    /** The names of the functions whose answer is trivial, from the tests in order. */
    static Set<String> functions(List<TestCase> cases, List<Value> expected, List<Value> actual) {
        Map<String, List<Answer>> byFunction = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            if (isNoValue(actual.get(i))) continue;
            byFunction.computeIfAbsent(cases.get(i).call().name(), name -> new ArrayList<>())
                    .add(new Answer(cases.get(i).args(), expected.get(i), actual.get(i)));
        }
        Set<String> trivial = new LinkedHashSet<>();
        byFunction.forEach((function, answers) -> {
            if (isConstant(answers) || hasOnlyTrivialForms(answers)) trivial.add(function);
        });
        return trivial;
    }

    static boolean isConstant(List<Answer> answers) {
        if (answers.size() < TESTS_TO_SEE_A_CONSTANT) return false;
        Value first = answers.get(0).actual(), firstExpected = answers.get(0).expected();
        boolean answerVaries = answers.stream().anyMatch(a -> !same(first, a.actual()));
        boolean referenceVaries = answers.stream().anyMatch(a -> !same(firstExpected, a.expected()));
        return !answerVaries && referenceVaries;
    }

    static boolean hasOnlyTrivialForms(List<Answer> answers) {
        List<Answer> telling = answers.stream().filter(a -> !isTrivialForm(a.expected(), a.args())).toList();
        if (telling.isEmpty()) return false;
        Set<Form> forms = new LinkedHashSet<>();
        for (Answer a : telling) {
            if (handsBackAnArgument(a.actual(), a.args())) continue;
            Form form = Form.of(a.actual());
            if (form == null) return false;
            forms.add(form);
        }
        return forms.size() <= 1;
    }

    /** Whether a single result is of a trivial form: fixed by its shape, or an argument unchanged. */
    static boolean isTrivialForm(Value result, List<Value> args) {
        return Form.of(result) != null || handsBackAnArgument(result, args);
    }

    private static boolean handsBackAnArgument(Value result, List<Value> args) {
        double[] entries = Values.flatten(result);
        boolean array = result instanceof Value.Vec || result instanceof Value.Mat;
        return array && entries != null && entries.length >= 2 && args.stream().anyMatch(arg -> same(arg, result));
    }

    /**
     * A vector or matrix of at least two entries that its shape and one number fix: every entry
     * {@code c}, or {@code c} on the diagonal of a square matrix and 0 elsewhere.
     */
    record Form(boolean identity, double c) {
        static Form of(Value result) {
            if (!(result instanceof Value.Vec) && !(result instanceof Value.Mat)) return null;
            double[] entries = Values.flatten(result);
            if (entries == null || entries.length < 2) return null;
            if (allEqual(entries)) return new Form(false, entries[0]);
            return isMultipleOfIdentity(result) ? new Form(true, ((Value.Mat) result).rows()[0][0]) : null;
        }

        /** NaN equals NaN here, so NaN everywhere on every test is one form. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Form f && f.identity == identity && equal(f.c, c);
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(identity);
        }
    }

    private static boolean allEqual(double[] entries) {
        for (double e : entries) if (!equal(e, entries[0])) return false;
        return true;
    }

    private static boolean isMultipleOfIdentity(Value result) {
        if (!(result instanceof Value.Mat m) || m.rows().length != m.rows()[0].length) return false;
        double[][] rows = m.rows();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows.length; j++) {
                if (!equal(rows[i][j], i == j ? rows[0][0] : 0)) return false;
            }
        }
        return true;
    }

    /** Equal values: same type, shape and entries; NaN equals NaN, so NaN everywhere is one value. */
    static boolean same(Value a, Value b) {
        if (a instanceof Value.Text || a instanceof Value.Flag) return a.equals(b);
        double[] x = Values.flatten(a), y = Values.flatten(b);
        if (x == null || y == null || !Values.sameShape(a, b)) return false;
        for (int i = 0; i < x.length; i++) if (!equal(x[i], y[i])) return false;
        return true;
    }

    private static boolean equal(double x, double y) {
        return x == y || Double.isNaN(x) && Double.isNaN(y);
    }

    private static boolean isNoValue(Value v) {
        return v instanceof Value.Threw || v instanceof Value.Null;
    }
}
