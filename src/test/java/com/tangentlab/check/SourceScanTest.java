package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.score.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-scan counts what the compiler would recurse on and how many snippets it would compile, nothing else. */
class SourceScanTest {
    private static final int DEPTH = SourceScan.MAX_NESTING;
    private static final int SNIPPETS = SourceScan.MAX_SNIPPETS;

    @ParameterizedTest(name = "{0} levels of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            64 | parentheses      | within
            65 | parentheses      | nested too deeply
            64 | brackets         | within
            65 | brackets         | nested too deeply
            64 | braces           | within
            65 | braces           | nested too deeply
            """)
    void nestingIsBoundedAtTheLimit(int levels, String kind, String outcome) {
        String open = switch (kind) { case "parentheses" -> "("; case "brackets" -> "["; default -> "{"; };
        String close = switch (kind) { case "parentheses" -> ")"; case "brackets" -> "]"; default -> "}"; };
        String source = "int x = 1;\nint y = " + open.repeat(levels) + "x" + close.repeat(levels) + ";\n";
        assertOutcome(outcome, 2, SourceScan.overLimit(source));
    }

    @ParameterizedTest(name = "{0} top-level snippets -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            50 | within
            51 | more than 50 top-level declarations and statements
            """)
    void snippetsAreBoundedAtTheLimit(int count, String outcome) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < count; i++) source.append(i % 2 == 0 ? "int f" + i + "() { return 1; }\n" : "x;\n");
        assertOutcome(outcome, count, SourceScan.overLimit(source.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            brackets in a string              | "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
            brackets in a line comment        | // (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((
            brackets in a block comment       | /* ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((( */
            semicolons in a string            | ";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;"
            """)
    void textThatIsNotCodeIsNotCounted(String what, String text) {
        assertEquals(Optional.empty(), SourceScan.overLimit("String s = \"\";\n" + text + "\nint y = 1;\n"), what);
    }

    @Test
    void charactersAndTextBlocksAreNotCounted() {
        String source = "char c = '(';\nchar q = '\\'';\nString t = \"\"\"\n" + "(".repeat(200) + "\n\"\"\";\n";
        assertEquals(Optional.empty(), SourceScan.overLimit(source));
    }

    @Test
    void aTopLevelArrayInitialiserIsOneSnippetNotTwo() {
        String source = "double[] a = {1, 2};\n".repeat(SNIPPETS);
        assertEquals(Optional.empty(), SourceScan.overLimit(source));
    }

    @Test
    void theLineNamedIsWhereTheLimitIsPassed() {
        String source = "int x = 1;\n// a comment (\n/* and\n another ( */\nint y =\n" + "(".repeat(DEPTH + 1) + "x"
                + ")".repeat(DEPTH + 1) + ";\n";
        assertEquals(6, SourceScan.overLimit(source).orElseThrow().line());
    }

    /** A wide margin: every starter and known sample of the chapter uses at most a quarter of each limit. */
    @Test
    void everyStarterAndSampleOfTheChapterIsWellWithinBothLimits() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.of("exercises", "reference/samples").map(Path::of).flatMap(SourceScanTest::walk)) {
            files = walk.filter(p -> p.toString().endsWith(".jsh")).toList();
        }
        assertTrue(files.size() > 60, "too few files found: " + files.size());
        for (Path file : files) {
            SourceScan.Shape shape = SourceScan.measure(Files.readString(file));
            assertTrue(shape.nesting() * 4 <= DEPTH && shape.snippets() * 4 <= SNIPPETS, file + ": " + shape);
        }
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertOutcome(String outcome, int line, Optional<Diagnostic> found) {
        if (outcome.equals("within")) {
            assertEquals(Optional.empty(), found);
        } else {
            Diagnostic d = found.orElseThrow(() -> new AssertionError("no limit passed, expected: " + outcome));
            assertTrue(d.message().contains(outcome), d.message());
            assertEquals(line, d.line(), d.toString());
        }
    }
}
