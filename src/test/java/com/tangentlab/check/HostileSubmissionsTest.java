package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Hostile submissions and controls for softmax-jacobian, each graded in a fresh sandbox
 * agent and checked against the outcome a careful grader gives (src/test/resources/hostile/
 * expected.csv). After every case no process may be left under the sandbox uids, and no file
 * may have been written outside the sandbox.
 */
class HostileSubmissionsTest {
    private static final long SEED = 20240611L;
    /** Text the fixtures print or put in exception names and messages; it must never reach a grade. */
    private static final List<String> NEVER_SHOWN = List.of("LEAK", "LeakDigit", "AllTestsPassed", "flooding");

    private static SandboxFixture sandbox;
    private static int judgeThreadsBefore;
    private String current = "(none)";

    @BeforeAll
    static void startPool() {
        // A shorter wall clock than the exercise's 3000 ms keeps the timeout cases quick.
        sandbox = SandboxFixture.start(Map.of("TANGENTLAB_WALL_CLOCK_MS", "2000"));
        sandbox.judge.grade(sandbox.exercise, SandboxFixture.resource("/hostile/control-reference-sample.jsh"), SEED);
        judgeThreadsBefore = Thread.activeCount();
    }

    @AfterAll
    static void closePool() {
        if (sandbox != null) sandbox.close();
    }

    @BeforeEach
    void nothingBefore() throws Exception {
        sandbox.assertNoProcessLeft("the previous case");
    }

    @AfterEach
    void nothingLeft() throws Exception {
        sandbox.assertNoProcessLeft(current);
        sandbox.assertNoFileLeft(current);
        assertTrue(Thread.activeCount() <= judgeThreadsBefore + 4, "the judge's threads grew after " + current
                + ": " + judgeThreadsBefore + " -> " + Thread.activeCount());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvFileSource(resources = "/hostile/expected.csv", numLinesToSkip = 1)
    void gradesAsACarefulGraderWould(String name, Status status, double score, String mustContain) {
        current = name;
        String source = SandboxFixture.resource("/hostile/" + name + ".jsh");
        long start = System.nanoTime();
        Grade grade = sandbox.judge.grade(sandbox.exercise, source, SEED);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String everything = describe(grade);
        String shownForHiddenTests = shownForHiddenTests(grade);
        System.out.printf("%-36s %-13s %5.2f %5d ms  %s%n", name, grade.status(), grade.score(), millis,
                grade.message().replace('\n', ' '));

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(status, grade.status(), () -> name + ": " + everything));
        if (score >= 0) checks.add(() -> assertEquals(score, grade.score(), 1e-9, () -> name + ": " + everything));
        if (grade.status() != Status.GRADED) checks.add(() -> assertEquals(0.0, grade.score(), name));
        if (mustContain != null) {
            String text = grade.message() + "\n" + grade.diagnostics().stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("\n")) + "\n" + hints(grade);
            checks.add(() -> assertTrue(text.contains(mustContain), () -> name + ": expected '" + mustContain
                    + "' in " + everything));
        }
        checks.add(() -> assertEquals("", grade.output(), name + ": a graded run must not return what the code printed"));
        for (String secret : NEVER_SHOWN) {
            checks.add(() -> assertFalse(shownForHiddenTests.contains(secret), () -> name + ": '" + secret
                    + "' reached the grade: " + everything));
        }
        for (TestResult t : grade.tests()) {
            if (!t.kind().equals("example")) {
                checks.add(() -> assertNull(t.detail(), () -> name + ": hidden test '" + t.name() + "' has details"));
            }
        }
        assertAll(name, checks);
    }

    /** The leak fixtures fail or pass the same tests whatever they print, and show no input anywhere. */
    @Test
    void hiddenInputsAndPrintedTextNeverReachTheGrade() {
        current = "leak-wrong-on-hidden-only";
        Grade grade = sandbox.judge.grade(sandbox.exercise, SandboxFixture.resource("/hostile/leak-wrong-on-hidden-only.jsh"),
                SEED);
        assertEquals(Status.GRADED, grade.status());
        for (TestResult t : grade.tests()) {
            if (t.kind().equals("example")) continue;
            assertNull(t.detail(), t.name());
            if (t.hint() != null) assertFalse(t.hint().matches(".*\\d\\.\\d.*"), "a hidden hint shows a number: " + t.hint());
        }
        assertFalse(grade.message().contains("["), "the message shows an array: " + grade.message());
    }

    private static String hints(Grade grade) {
        return grade.tests().stream().map(t -> String.valueOf(t.hint())).collect(Collectors.joining("\n"));
    }

    /**
     * Everything a grade shows except the details of visible examples (whose inputs the student
     * knows anyway, and which may name the student's own exception class).
     */
    private static String shownForHiddenTests(Grade grade) {
        StringBuilder text = new StringBuilder(grade.message()).append('\n').append(grade.output()).append('\n');
        grade.diagnostics().forEach(d -> text.append(d).append('\n'));
        for (TestResult t : grade.tests()) {
            text.append(t.name()).append(' ').append(t.hint()).append('\n');
            if (!t.kind().equals("example")) text.append(t.detail()).append('\n');
        }
        return text.toString();
    }

    private static String describe(Grade grade) {
        StringBuilder text = new StringBuilder().append(grade.status()).append(' ').append(grade.score()).append(": ")
                .append(grade.message()).append('\n');
        grade.diagnostics().forEach(d -> text.append("  ").append(d).append('\n'));
        for (TestResult t : grade.tests()) {
            text.append("  ").append(t.kind()).append(' ').append(t.name()).append(t.passed() ? " passed" : " failed");
            if (t.hint() != null) text.append(" hint: ").append(t.hint());
            if (t.detail() != null) text.append(" detail: ").append(t.detail());
            text.append('\n');
        }
        return text.append(grade.output()).toString();
    }
}
