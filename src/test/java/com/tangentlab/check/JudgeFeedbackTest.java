package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.sandbox.AgentPool;
import com.tangentlab.sandbox.Host;
import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a student reads back: statuses, line numbers, and hints that teach without leaking. */
class JudgeFeedbackTest {
    private static final String CORRECT_BODY = """
                double max = Arrays.stream(z).max().orElse(0);
                double[] p = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
                double sum = Arrays.stream(p).sum();
                double[][] j = new double[p.length][p.length];
                for (int a = 0; a < p.length; a++)
                    for (int b = 0; b < p.length; b++)
                        j[a][b] = (a == b ? p[a] / sum : 0) - p[a] * p[b] / (sum * sum);
                return j;
            """;

    private static AgentPool pool;
    private static Judge judge;
    private static Exercise softmax;
    private static Exercise jacobianFd;
    private static Exercise gradientCheck;
    /** gradient-check's visible example and hidden tests of gradientIsCorrect. */
    private static final int GRADIENT_IS_CORRECT_TESTS = 8;

    @BeforeAll
    static void startSandbox() {
        Settings settings = Settings.fromEnvironment();
        ExerciseCatalog catalog = ExerciseCatalog.load(settings.exercisesDir(), settings.samplesDir());
        softmax = catalog.find("softmax-jacobian").orElseThrow();
        jacobianFd = catalog.find("jacobian-fd").orElseThrow();
        gradientCheck = catalog.find("gradient-check").orElseThrow();
        pool = new AgentPool(settings, Host.probe(settings.isolation()));
        judge = new Judge(pool, settings);
    }

    @AfterAll
    static void stopSandbox() {
        pool.close();
    }

    static Stream<Arguments> brokenSubmissions() {
        return Stream.of(
                Arguments.of("a missing semicolon is reported on its own line", """
                        double[][] softmaxJacobian(double[] z) {
                            int k = z.length
                            return new double[k][k];
                        }
                        """, Status.COMPILE_ERROR, 2, "';' expected"),
                Arguments.of("an undefined name is a compile error on the line that uses it", """
                        double[][] softmaxJacobian(double[] z) {
                            double[] p = z.clone();
                            return notDeclaredAnywhere(p);
                        }
                        """, Status.COMPILE_ERROR, 3, "notDeclaredAnywhere"),
                Arguments.of("an unfinished declaration points at the end of the text", """
                        double[][] softmaxJacobian(double[] z) {
                            return new double[1][1];
                        """, Status.COMPILE_ERROR, 3, "closing }"),
                Arguments.of("a refused class is named with its line", """
                        double[][] softmaxJacobian(double[] z) {
                            java.io.File f = new java.io.File("x");
                            return new double[1][1];
                        }
                        """, Status.REJECTED, 2, "java.io.File is not available in exercises"),
                Arguments.of("a wrong parameter type names both signatures", """
                        double[][] softmaxJacobian(float[] z) {
                            return new double[z.length][z.length];
                        }
                        """, Status.COMPILE_ERROR, 0,
                        "expected softmaxJacobian(double[]) returning double[][], found softmaxJacobian(float[]) "
                                + "returning double[][]"),
                Arguments.of("a missing method is named, with a near miss suggested", """
                        double[][] SoftmaxJacobian(double[] z) {
                            return new double[z.length][z.length];
                        }
                        """, Status.COMPILE_ERROR, 0, "did you mean softmaxJacobian instead of SoftmaxJacobian?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSubmissions")
    void brokenSubmissionsScoreZeroWithAMessageThatPointsAtTheFault(String description, String source, Status status,
            int line, String text) {
        Grade grade = judge.grade(softmax, source, 1);
        assertEquals(status, grade.status(), grade.message());
        assertEquals(0, grade.score());
        assertTrue(grade.message().contains(text), grade.message());
        if (line > 0) {
            assertTrue(grade.diagnostics().stream().map(Diagnostic::line).anyMatch(l -> l == line),
                    "expected a diagnostic on line " + line + ": " + grade.diagnostics());
        }
    }

    @Test
    void aHelperDeclaredBelowTheMethodThatUsesItIsFine() {
        String source = "double[][] softmaxJacobian(double[] z) {\n    return jacobianOf(z);\n}\n\n"
                + "double[][] jacobianOf(double[] z) {\n" + CORRECT_BODY + "}\n";
        Grade grade = judge.grade(softmax, source, 2);
        assertEquals(Status.GRADED, grade.status(), grade.message());
        assertEquals(grade.maxScore(), grade.score());
    }

    @Test
    void hiddenTestsRevealNeitherInputsNorOutput() {
        String source = "double[][] softmaxJacobian(double[] z) {\n    System.out.println(\"INPUT \" + "
                + "Arrays.toString(z));\n    return new double[z.length][z.length];\n}\n";
        Grade grade = judge.grade(softmax, source, 3);
        assertEquals(Status.GRADED, grade.status());
        assertEquals("", grade.output());
        for (TestResult r : grade.tests()) {
            if (!r.kind().equals("example")) assertNull(r.detail(), r.name());
            if (r.hint() != null) assertTrue(!r.hint().contains("INPUT"), r.hint());
        }
        assertTrue(!grade.message().contains("INPUT"), grade.message());
    }

    @Test
    void runningTheExamplesShowsTheirValuesAndWhatWasPrinted() {
        String source = "double[][] softmaxJacobian(double[] z) {\n    System.out.println(\"k=\" + z.length);\n"
                + CORRECT_BODY + "}\n";
        Grade grade = judge.runExamples(softmax, source);
        assertEquals(Status.GRADED, grade.status(), grade.message());
        assertTrue(grade.output().contains("k=4"), grade.output());
        assertTrue(grade.tests().stream().allMatch(t -> t.kind().equals("example") && t.detail().contains("expected")));
    }

    @Test
    void theSameSeedDrawsTheSameHiddenTestsSoARegradeReproducesAScore() throws Exception {
        String wrong = Files.readString(Path.of("reference/samples/softmax-jacobian/no-max-shift.jsh"));
        Grade first = judge.grade(softmax, wrong, 99);
        Grade again = judge.grade(softmax, wrong, 99);
        assertEquals(first.tests(), again.tests());
        assertEquals(first.score(), again.score());
    }

    @Test
    void aMisconceptionIsNamedInTheHint() throws Exception {
        String wrong = Files.readString(Path.of("reference/samples/softmax-jacobian/diagonal-only.jsh"));
        Grade grade = judge.grade(softmax, wrong, 5);
        assertEquals(Status.GRADED, grade.status());
        assertTrue(grade.message().contains("the − p pᵀ term is missing"), grade.message());
    }

    @Test
    void aTransposedNonSquareJacobianIsNamedRatherThanCalledTheWrongShape() throws Exception {
        String transposed = Files.readString(Path.of("reference/samples/jacobian-fd/transposed.jsh"));
        Grade grade = judge.grade(jacobianFd, transposed, 6);
        assertEquals(Status.GRADED, grade.status());
        assertTrue(grade.tests().stream().filter(t -> !t.passed() && !t.kind().equals(TestResult.PROPERTY))
                .allMatch(t -> t.hint().startsWith("Your matrix is the transpose")), grade.tests()::toString);
    }

    @Test
    void aJacobianThatEvaluatesFOncePerEntryLosesTheCostPoints() throws Exception {
        String wasteful = Files.readString(Path.of("reference/samples/jacobian-fd/evaluations-per-entry.jsh"));
        Grade grade = judge.grade(jacobianFd, wasteful, 7);
        TestResult cost = grade.tests().stream().filter(t -> t.name().equals("two-evaluations-per-coordinate"))
                .findFirst().orElseThrow();
        assertTrue(!cost.passed() && cost.hint().contains("exactly 2n evaluations"), cost::toString);
        assertTrue(grade.tests().stream().filter(t -> !t.kind().equals(TestResult.PROPERTY)).allMatch(TestResult::passed));
    }

    static Stream<Arguments> trivialSoftmaxJacobians() {
        return Stream.of(
                Arguments.of("a zero matrix", "return new double[z.length][z.length];"),
                Arguments.of("ones everywhere", "double[][] j = new double[z.length][z.length];"
                        + " for (double[] r : j) Arrays.fill(r, 1.0); return j;"),
                Arguments.of("the identity", "double[][] j = new double[z.length][z.length];"
                        + " for (int i = 0; i < z.length; i++) j[i][i] = 1; return j;"),
                Arguments.of("NaN everywhere", "double[][] j = new double[z.length][z.length];"
                        + " for (double[] r : j) Arrays.fill(r, Double.NaN); return j;"),
                Arguments.of("one fixed matrix, whatever the size of z", "return new double[][] {{0.25, -0.25},"
                        + " {-0.25, 0.25}};"));
    }

    /** A zero matrix is symmetric and its rows sum to zero; before this rule it earned 2.35 of 10. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("trivialSoftmaxJacobians")
    void aTrivialAnswerEarnsNothingAndIsToldWhy(String description, String body) {
        String source = "double[][] softmaxJacobian(double[] z) { " + body + " }";

        Grade grade = judge.grade(softmax, source, 13);

        assertEquals(Status.GRADED, grade.status(), grade.message());
        assertEquals(0.0, grade.score(), grade.message());
        assertTrue(grade.tests().stream().noneMatch(TestResult::passed), grade.tests()::toString);
        assertTrue(grade.message().contains("Hint: " + Feedback.trivialHint("softmaxJacobian")), grade.message());
    }

    @Test
    void aRealAnswerThatIsWrongEverywhereKeepsThePropertiesItHas() throws Exception {
        String diagonal = Files.readString(Path.of("reference/samples/softmax-jacobian/diagonal-only.jsh"));

        Grade grade = judge.grade(softmax, diagonal, 13);

        List<String> held = grade.tests().stream().filter(TestResult::passed).map(TestResult::name).toList();
        assertEquals(List.of("symmetric"), held, grade.message());
        assertEquals(0.59, grade.score(), SelfTest.SCORE_TOLERANCE);
    }

    /**
     * gradient-check has two functions: a right relativeError keeps its 6 of 15 points while a
     * gradientIsCorrect that always says true loses the 4 correct gradients it accepts by chance,
     * and the property point, which needs every function to depend on its input.
     */
    @Test
    void onlyTheFunctionWhoseAnswerIsTrivialLosesItsPoints() {
        String source = """
                double relativeError(double[] a, double[] b) {
                    double d = 0, na = 0, nb = 0;
                    for (int i = 0; i < a.length; i++) {
                        d += (a[i] - b[i]) * (a[i] - b[i]);
                        na += a[i] * a[i];
                        nb += b[i] * b[i];
                    }
                    return Math.sqrt(d) / (Math.sqrt(na) + Math.sqrt(nb) + 1e-12);
                }

                boolean gradientIsCorrect(ToDoubleFunction<double[]> loss, Function<double[], double[]> grad, double[] w) {
                    return true;
                }
                """;

        Grade grade = judge.grade(gradientCheck, source, 17);

        assertEquals(Status.GRADED, grade.status(), grade.message());
        assertEquals(4.0, grade.score(), SelfTest.SCORE_TOLERANCE, grade.message());
        assertTrue(grade.tests().stream().filter(t -> t.name().startsWith("relative error")).allMatch(TestResult::passed),
                grade.tests()::toString);
        assertEquals(GRADIENT_IS_CORRECT_TESTS, grade.tests().stream()
                .filter(t -> Feedback.trivialHint("gradientIsCorrect").equals(t.hint())).count(), grade.message());
    }
}
