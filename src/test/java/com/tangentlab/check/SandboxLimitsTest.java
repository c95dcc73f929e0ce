package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every limit at its boundary: the largest allowed value is graded normally and one unit
 * more hits the limit with the right status. Each test runs its own pool with the limit
 * under test set small, and checks afterwards that nothing was left behind.
 */
class SandboxLimitsTest {
    private static final long SEED = 7L;
    private static final String CORRECT = SandboxFixture.resource("/hostile/control-reference-sample.jsh");

    private static void withSandbox(Map<String, String> overrides, ThrowingConsumer body) throws Exception {
        try (SandboxFixture sandbox = SandboxFixture.start(overrides)) {
            body.accept(sandbox);
            sandbox.assertNoProcessLeft("a limit test");
            sandbox.assertNoFileLeft("a limit test");
        }
    }

    @FunctionalInterface
    interface ThrowingConsumer {
        void accept(SandboxFixture sandbox) throws Exception;
    }

    private static Grade grade(SandboxFixture sandbox, String source) {
        return sandbox.judge.grade(sandbox.exercise, source, SEED);
    }

    private static void assertFullMarks(Grade grade) {
        assertEquals(Status.GRADED, grade.status(), grade.message());
        assertEquals(10.0, grade.score(), 1e-9, grade.message());
    }

    private static void assertLimit(Status status, String text, Grade grade) {
        assertEquals(status, grade.status(), grade.message());
        assertEquals(0.0, grade.score());
        assertTrue(grade.message().contains(text), grade.message());
    }

    /** The correct solution padded with a trailing comment to exactly {@code bytes} UTF-8 bytes. */
    private static String paddedTo(int bytes, String unit) {
        String head = CORRECT + "\n// ";
        int room = bytes - head.getBytes(StandardCharsets.UTF_8).length;
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        String source = head + unit.repeat(room / unitBytes) + "x".repeat(room % unitBytes);
        assertEquals(bytes, source.getBytes(StandardCharsets.UTF_8).length);
        return source;
    }

    @Test
    void sourceSizeIsCountedInUtf8BytesUpToTheCap() throws Exception {
        int cap = 8192;
        withSandbox(Map.of("TANGENTLAB_SOURCE_BYTES", Integer.toString(cap)), sandbox -> {
            assertFullMarks(grade(sandbox, paddedTo(cap, "x")));
            assertLimit(Status.REJECTED, "limit is " + cap + " bytes", grade(sandbox, paddedTo(cap + 1, "x")));
            // Fewer characters than the cap, but more bytes: two-byte characters count twice.
            String wide = paddedTo(cap + 1, "é");
            assertTrue(wide.length() < cap);
            assertLimit(Status.REJECTED, "limit is " + cap + " bytes", grade(sandbox, wide));
            assertFullMarks(grade(sandbox, paddedTo(cap, "é")));
        });
    }

    /** A submission that prints {@code expression} (a String) once, while the code is defined. */
    private static String printing(String expression) {
        return "System.out.print(" + expression + ");\n" + CORRECT;
    }

    @Test
    void outputIsCountedInBytesUpToTheCap() throws Exception {
        int cap = 65536;
        withSandbox(Map.of("TANGENTLAB_OUTPUT_BYTES", Integer.toString(cap)), sandbox -> {
            assertFullMarks(grade(sandbox, printing("\"x\".repeat(" + cap + ")")));
            assertLimit(Status.OUTPUT_LIMIT, "more than " + cap + " bytes",
                    grade(sandbox, printing("\"x\".repeat(" + (cap + 1) + ")")));
            // println adds one byte: cap - 1 characters and a newline are exactly the cap.
            assertFullMarks(grade(sandbox, "System.out.println(\"x\".repeat(" + (cap - 1) + "));\n" + CORRECT));
            assertLimit(Status.OUTPUT_LIMIT, "output limit",
                    grade(sandbox, "System.out.println(\"x\".repeat(" + cap + "));\n" + CORRECT));
            // stdout and stderr share one cap.
            assertLimit(Status.OUTPUT_LIMIT, "output limit", grade(sandbox,
                    "System.out.print(\"x\".repeat(" + (cap / 2) + ")); System.err.print(\"x\".repeat(" + (cap / 2 + 1)
                            + "));\n" + CORRECT));
        });
    }

    @Test
    void outputIsUtf8AndCountedInUtf8Bytes() throws Exception {
        int cap = 4096;
        withSandbox(Map.of("TANGENTLAB_OUTPUT_BYTES", Integer.toString(cap)), sandbox -> {
            Grade examples = sandbox.judge.runExamples(sandbox.exercise, printing("\"é∂\""));
            assertEquals("é∂", examples.output(), "System.out in the agent is not UTF-8");
            // "é" is two bytes: cap / 2 of them are exactly the cap, one more byte is over it.
            assertFullMarks(grade(sandbox, printing("\"é\".repeat(" + (cap / 2) + ")")));
            assertLimit(Status.OUTPUT_LIMIT, "output limit", grade(sandbox, printing("\"é\".repeat(" + (cap / 2) + ") + \"x\"")));
        });
    }

    /** Busy-waits {@code millis} once, while the code is defined (Thread.sleep is refused by the policy). */
    private static String busyFor(long millis) {
        return "long end$ = System.nanoTime() + " + millis + "_000_000L;\nwhile (System.nanoTime() < end$) { }\n" + CORRECT;
    }

    @Test
    void wallClockKillsJustAfterTheLimitAndNotBefore() throws Exception {
        int limitMs = 2000;
        withSandbox(Map.of("TANGENTLAB_WALL_CLOCK_MS", Integer.toString(limitMs)), sandbox -> {
            // The clock covers the agent's work (loading, top-level code, tests), not compiling.
            assertFullMarks(grade(sandbox, busyFor(limitMs / 4)));
            long start = System.nanoTime();
            Grade late = grade(sandbox, busyFor(limitMs + 500));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertLimit(Status.TIMEOUT, "within " + limitMs + " ms", late);
            assertTrue(elapsedMs < limitMs + 2000, "the watchdog took " + elapsedMs + " ms");
            assertLimit(Status.TIMEOUT, "time limit", grade(sandbox, "while (true) { }\n" + CORRECT));
        });
    }

    /** Busy-waits {@code topLevelMillis} at the top level, then {@code testMillis} in the first test only. */
    private static String busyThenTest(long topLevelMillis, long testMillis) {
        return "long end$ = System.nanoTime() + " + topLevelMillis + "_000_000L;\n"
                + "while (System.nanoTime() < end$) { }\nboolean burnt$ = false;\n"
                + CORRECT.replace("double[][] softmaxJacobian(double[] z) {\n", "double[][] softmaxJacobian(double[] z) {\n"
                        + "    if (!burnt$) { burnt$ = true; long until$ = System.nanoTime() + " + testMillis
                        + "_000_000L; while (System.nanoTime() < until$) { } }\n");
    }

    @Test
    void topLevelStatementsAndTestsShareOneTimeLimit() throws Exception {
        int limitMs = 3000;
        withSandbox(Map.of("TANGENTLAB_WALL_CLOCK_MS", Integer.toString(limitMs)), sandbox -> {
            assertFullMarks(grade(sandbox, busyThenTest(limitMs / 5, limitMs / 5)));
            // Each part alone is within the limit; together they are not.
            assertLimit(Status.TIMEOUT, "within " + limitMs + " ms",
                    grade(sandbox, busyThenTest(limitMs * 8 / 10, limitMs * 8 / 10)));
        });
    }

    @Test
    void compilingPastItsBudgetIsACompileErrorThatSaysSo() throws Exception {
        withSandbox(Map.of("TANGENTLAB_COMPILE_MS", "1"), sandbox ->
                assertLimit(Status.COMPILE_ERROR, "compiling took longer than 1 ms", grade(sandbox, CORRECT)));
    }

    @Test
    void timeTheAgentSpendsOnTopLevelCodeIsNotCompilingTime() throws Exception {
        int compileMs = 1000;
        withSandbox(Map.of("TANGENTLAB_COMPILE_MS", Integer.toString(compileMs)), sandbox -> {
            grade(sandbox, CORRECT);
            // Defining this takes longer than the compile budget, but only because its top-level code runs that long.
            assertFullMarks(grade(sandbox, busyFor(compileMs * 16 / 10)));
        });
    }

    @Test
    void exerciseTimeLimitAppliesBelowTheCap() throws Exception {
        // softmax-jacobian allows 3000 ms; a cap of 10 s does not extend it.
        withSandbox(Map.of("TANGENTLAB_WALL_CLOCK_MS", "10000"), sandbox -> {
            long start = System.nanoTime();
            Grade grade = grade(sandbox, "while (true) { }\n" + CORRECT);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertLimit(Status.TIMEOUT, "within 3000 ms", grade);
            assertTrue(elapsedMs >= 3000 && elapsedMs < 6000, "timed out after " + elapsedMs + " ms");
        });
    }

    @Test
    void heapHalfFullWorksAndMoreThanTheHeapIsAMemoryLimit() throws Exception {
        int heapMb = 128;
        // Held by a class, not a top-level variable: JShell renders a top-level variable's value as text.
        Function<Integer, String> holding = mb -> "class Kept { static byte[] b = new byte[" + mb + " << 20]; }\n"
                + "int kept$ = Kept.b.length;\n" + CORRECT;
        withSandbox(Map.of("TANGENTLAB_AGENT_HEAP_MB", Integer.toString(heapMb)), sandbox -> {
            assertFullMarks(grade(sandbox, holding.apply(heapMb / 2)));
            assertLimit(Status.MEMORY_LIMIT, heapMb + " MiB", grade(sandbox, holding.apply(heapMb + 1)));
            // Many small objects rather than one large array.
            assertLimit(Status.MEMORY_LIMIT, "memory limit", grade(sandbox,
                    "List<double[]> kept$ = new ArrayList<>();\nfor (int i = 0; i < " + (heapMb * 2)
                            + " * 16; i++) kept$.add(new double[8192]);\n" + CORRECT));
        });
    }

    @Test
    void aTopLevelArrayOfAnEighthOfTheHeapIsGraded() throws Exception {
        // JShell describes the value of every top-level variable; an array must not be rendered in full.
        withSandbox(Map.of("TANGENTLAB_AGENT_HEAP_MB", "128"), sandbox ->
                assertFullMarks(grade(sandbox, "double[] table$ = new double[2 << 20];\n" + CORRECT)));
    }

    @Test
    void aPlainSubmissionFitsTheCpuLimitAndABurnOnEveryCoreIsRefusedBeforeItRuns() throws Exception {
        int cpuSeconds = 4;
        withSandbox(Map.of("TANGENTLAB_AGENT_CPU_S", Integer.toString(cpuSeconds), "TANGENTLAB_WALL_CLOCK_MS", "30000"),
                sandbox -> {
                    // Starting the agent costs CPU time too: a plain submission must still fit.
                    assertFullMarks(grade(sandbox, CORRECT));
                    // The CPU limit itself stops such a burn with the class policy off: AgentIsolationTest.
                    assertLimit(Status.REJECTED, "LongStream.parallel", grade(sandbox,
                            "double burn$ = LongStream.range(0, Long.MAX_VALUE).parallel().mapToDouble(Math::sqrt).sum();\n"
                                    + CORRECT));
                });
    }
}
