package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.Signature;
import com.tangentlab.exercise.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which answers count as not depending on the input, judged from results alone (no sandbox). */
class TrivialAnswersTest {
    private static final Signature JACOBIAN = Signature.parse("double[][] jacobian(double[] x)");
    private static final Signature NUMBER = Signature.parse("double number(double[] x)");
    private static final Signature STEP = Signature.parse("double[] step(double[] g, double[] x)");
    private static final double NAN = Double.NaN;

    /** Inputs of two sizes, so that a result fixed by the size alone still changes between tests. */
    private static final List<double[]> INPUTS = List.of(new double[] {1, 2}, new double[] {0.5, -1, 3},
            new double[] {2, 2, -4}, new double[] {-1, 0.25});

    /** A made-up "right" Jacobian that depends on x: diag(x) plus x_0 in the corner. */
    private static Value reference(double[] x) {
        double[][] j = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) j[i][i] = x[i];
        j[0][x.length - 1] += x[0];
        return new Value.Mat(j);
    }

    private static Value filled(int n, double c) {
        double[][] j = new double[n][n];
        for (double[] row : j) Arrays.fill(row, c);
        return new Value.Mat(j);
    }

    private static Value identityTimes(int n, double c) {
        double[][] j = new double[n][n];
        for (int i = 0; i < n; i++) j[i][i] = c;
        return new Value.Mat(j);
    }

    static Stream<Arguments> matrixAnswers() {
        Function<double[], Value> zeros = x -> filled(x.length, 0);
        Function<double[], Value> ones = x -> filled(x.length, 1);
        Function<double[], Value> nans = x -> filled(x.length, NAN);
        Function<double[], Value> identity = x -> identityTimes(x.length, 1);
        Function<double[], Value> overNorm = x -> identityTimes(x.length, 1 / Arrays.stream(x).map(v -> v * v).sum());
        Function<double[], Value> right = TrivialAnswersTest::reference;
        Function<double[], Value> zerosOnLastTest = x -> x == INPUTS.get(3) ? filled(x.length, 0) : reference(x);
        Function<double[], Value> diagonalOfX = TrivialAnswersTest::diag;
        Function<double[], Value> fillChangesWithSize = x -> filled(x.length, x.length);
        return Stream.of(
                Arguments.of("zeros of the right size", zeros, true),
                Arguments.of("ones of the right size", ones, true),
                Arguments.of("NaN everywhere", nans, true),
                Arguments.of("the identity", identity, true),
                Arguments.of("every entry the size of the input: the rule asks for one number on all tests",
                        fillChangesWithSize, false),
                Arguments.of("a multiple of the identity by a number computed from x (I/|x|²)", overNorm, false),
                Arguments.of("a diagonal matrix computed from x", diagonalOfX, false),
                Arguments.of("the right answer", right, false),
                Arguments.of("right except zeros on one test (an overflow)", zerosOnLastTest, false));
    }

    private static Value diag(double[] x) {
        double[][] j = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) j[i][i] = x[i];
        return new Value.Mat(j);
    }

    @ParameterizedTest(name = "{0}: trivial = {2}")
    @MethodSource("matrixAnswers")
    void aMatrixAnswerIsTrivialOnlyWhenFixedByTheSizeOfTheInput(String answer, Function<double[], Value> submitted,
            boolean trivial) {
        List<TestCase> cases = new ArrayList<>();
        List<Value> expected = new ArrayList<>(), actual = new ArrayList<>();
        for (double[] x : INPUTS) {
            cases.add(test(JACOBIAN, new Value.Vec(x)));
            expected.add(reference(x));
            actual.add(submitted.apply(x));
        }

        assertEquals(trivial ? Set.of("jacobian") : Set.of(), TrivialAnswers.functions(cases, expected, actual), answer);
    }

    @Test
    void fillingWithTheSizeIsTrivialWhenEveryInputHasOneSize() {
        List<double[]> sameSize = List.of(new double[] {1, 2, 3}, new double[] {-1, 0.5, 2});
        List<TestCase> cases = sameSize.stream().map(x -> test(JACOBIAN, new Value.Vec(x))).toList();

        Set<String> trivial = TrivialAnswers.functions(cases, sameSize.stream().map(TrivialAnswersTest::reference)
                .toList(), sameSize.stream().map(x -> filled(3, 3)).toList());

        assertEquals(Set.of("jacobian"), trivial);
    }

    static Stream<Arguments> scalarAnswers() {
        return Stream.of(
                // answer, the reference's values, the submission's values, trivial
                Arguments.of("one constant on two tests whose answers differ", List.of(1.0, 2.0), List.of(0.0, 0.0),
                        true),
                Arguments.of("a constant on a single test cannot be told from a right answer", List.of(1.0),
                        List.of(0.0), false),
                Arguments.of("the same number where the reference's answers are the same too", List.of(2.0, 2.0),
                        List.of(2.0, 2.0), false),
                Arguments.of("a constant that matches one test by chance", List.of(1.0, 2.0, 3.0),
                        List.of(2.0, 2.0, 2.0), true),
                Arguments.of("NaN every time", List.of(1.0, 2.0), List.of(NAN, NAN), true),
                Arguments.of("two values", List.of(1.0, 2.0, 3.0), List.of(1.0, 2.0, 2.0), false));
    }

    @ParameterizedTest(name = "{0}: trivial = {3}")
    @MethodSource("scalarAnswers")
    void aNumberIsTrivialWhenItIsTheSameForInputsWhoseAnswersDiffer(String answer, List<Double> reference,
            List<Double> submitted, boolean trivial) {
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) cases.add(test(NUMBER, new Value.Vec(new double[] {i, 1})));

        Set<String> found = TrivialAnswers.functions(cases, reference.stream().map(v -> (Value) new Value.Num(v)).toList(),
                submitted.stream().map(v -> (Value) new Value.Num(v)).toList());

        assertEquals(trivial ? Set.of("number") : Set.of(), found, answer);
    }

    @Test
    void aConstantStringOrFlagIsTrivial() {
        Signature classify = Signature.parse("String classify(double[][] H)");
        List<TestCase> cases = List.of(test(classify, filled(2, 1)), test(classify, filled(2, 2)));

        Set<String> found = TrivialAnswers.functions(cases, List.of(new Value.Text("minimum"), new Value.Text("saddle")),
                List.of(new Value.Text("saddle"), new Value.Text("saddle")));

        assertEquals(Set.of("classify"), found);
    }

    @Test
    void anArgumentHandedBackUnchangedIsTrivial() {
        double[] g = {1, 2}, x = {3, -1};
        List<TestCase> cases = List.of(test(STEP, new Value.Vec(g), new Value.Vec(x)));

        Set<String> found = TrivialAnswers.functions(cases, List.of(new Value.Vec(new double[] {2, -3})),
                List.of(new Value.Vec(x.clone())));

        assertEquals(Set.of("step"), found);
    }

    @Test
    void testsWhereTheReferenceIsTrivialTooDecideNothing() {
        double[] g = {1, 2}, x = {3, -1};
        List<TestCase> cases = List.of(test(STEP, new Value.Vec(g), new Value.Vec(x)),
                test(STEP, new Value.Vec(x), new Value.Vec(g)));
        List<Value> expected = List.of(new Value.Vec(new double[] {0, 0}), new Value.Vec(new double[] {4, 1}));

        Set<String> right = TrivialAnswers.functions(cases, expected, expected);
        Set<String> zerosWhereTheAnswerIsZero = TrivialAnswers.functions(cases, expected,
                List.of(new Value.Vec(new double[] {0, 0}), new Value.Vec(new double[] {4, 1})));
        Set<String> zerosEverywhere = TrivialAnswers.functions(cases, expected,
                List.of(new Value.Vec(new double[] {0, 0}), new Value.Vec(new double[] {0, 0})));

        assertEquals(Set.of(), right);
        assertEquals(Set.of(), zerosWhereTheAnswerIsZero);
        assertEquals(Set.of("step"), zerosEverywhere);
    }

    @Test
    void eachFunctionIsJudgedOnItsOwnTestsAndThrowsAreLeftOut() {
        List<TestCase> cases = List.of(test(NUMBER, new Value.Vec(new double[] {1, 1})),
                test(NUMBER, new Value.Vec(new double[] {2, 1})), test(NUMBER, new Value.Vec(new double[] {3, 1})),
                test(JACOBIAN, new Value.Vec(INPUTS.get(0))), test(JACOBIAN, new Value.Vec(INPUTS.get(1))));
        List<Value> expected = List.of(new Value.Num(1), new Value.Num(2), new Value.Num(3), reference(INPUTS.get(0)),
                reference(INPUTS.get(1)));
        List<Value> actual = List.of(new Value.Num(5), new Value.Threw("java.lang.ArithmeticException"),
                new Value.Num(5), reference(INPUTS.get(0)), new Value.Null());

        assertEquals(Set.of("number"), TrivialAnswers.functions(cases, expected, actual));
    }

    private static TestCase test(Signature call, Value... args) {
        return new TestCase("test", Exercise.Kind.HIDDEN, call, List.of(args), 1, Tolerance.CLOSED_FORM);
    }
}
