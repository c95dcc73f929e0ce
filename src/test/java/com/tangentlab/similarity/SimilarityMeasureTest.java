package com.tangentlab.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The similarity measure: disguised copies score near 1, independent solutions low. */
class SimilarityMeasureTest {
    /** Disguised copies keep every token, so they score 1 up to rounding. */
    private static final double SAME_TOKENS = 1e-12;
    /** The lowest score a disguised copy may get, and the highest an independent solution may. */
    private static final double NEAR_DUPLICATE = 0.95;
    private static final double UNRELATED = 0.5;

    private static final String ORIGINAL = """
            double[][] softmaxJacobian(double[] z) {
                double max = Arrays.stream(z).max().orElse(0);
                double[] p = new double[z.length];
                double sum = 0;
                for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
                for (int i = 0; i < z.length; i++) p[i] /= sum;
                double[][] j = new double[z.length][z.length];
                for (int a = 0; a < z.length; a++)
                    for (int b = 0; b < z.length; b++)
                        j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
                return j;
            }
            """;

    /** Renamed identifiers, changed literals, reformatted, with comments. */
    private static final String DISGUISED = """
            // My own work, honest.
            double[][] softmaxJacobian(double[] logits)
            {
                /* shift for stability */
                double biggest = Arrays.stream(logits).max().orElse(1);
                double[] prob = new double[logits.length];
                double total = 0.5;   // running sum
                for (int k = 1; k < logits.length; k++) {
                    prob[k] = Math.exp(logits[k] - biggest);
                    total += prob[k];
                }
                for (int k = 1; k < logits.length; k++) prob[k] /= total;
                double[][] out = new double[logits.length][logits.length];
                for (int row = 0; row < logits.length; row++)
                    for (int col = 0; col < logits.length; col++)
                        out[row][col] =
                            (row == col ? prob[row] : 2) - prob[row] * prob[col];
                return out;
            }
            """;

    /** The same mathematics written differently: a helper, streams, an explicit outer product. */
    private static final String INDEPENDENT = """
            double[] softmax(double[] z) {
                double m = Double.NEGATIVE_INFINITY;
                for (double v : z) m = Math.max(m, v);
                final double shift = m;
                double[] e = Arrays.stream(z).map(v -> Math.exp(v - shift)).toArray();
                double s = Arrays.stream(e).sum();
                return Arrays.stream(e).map(v -> v / s).toArray();
            }

            double[][] softmaxJacobian(double[] z) {
                double[] p = softmax(z);
                int n = p.length;
                double[][] jac = new double[n][];
                for (int r = 0; r < n; r++) {
                    jac[r] = new double[n];
                    jac[r][r] = p[r];
                }
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < n; c++) {
                        jac[r][c] -= p[r] * p[c];
                    }
                }
                return jac;
            }
            """;

    static Stream<Arguments> pairs() throws IOException {
        String starter = starter();
        return Stream.of(
                Arguments.of("a submission against itself", ORIGINAL, ORIGINAL, 1.0, 1.0),
                Arguments.of("a copy whose statements begin like the starter's", sample("correct.jsh"),
                        sample("correct.jsh"), 1.0, 1.0),
                Arguments.of("renamed, new literals, reformatted, commented", ORIGINAL, DISGUISED, NEAR_DUPLICATE, 1.0),
                Arguments.of("an independent solution", ORIGINAL, INDEPENDENT, 0.0, UNRELATED),
                Arguments.of("the disguised copy against the independent solution", DISGUISED, INDEPENDENT, 0.0,
                        UNRELATED),
                Arguments.of("a sample solution with a helper against a one-method solution", sample("correct.jsh"),
                        sample("diagonal-only.jsh"), 0.0, UNRELATED),
                Arguments.of("the untouched starter against a full solution", starter, ORIGINAL, 0.0, 0.0),
                Arguments.of("two untouched starters have nothing of their own", starter, starter, 0.0, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void similarityFallsInItsRange(String name, String x, String y, double low, double high) throws IOException {
        String starter = starter();
        double s = SimilarityMeasure.compare(SimilarityMeasure.fingerprint(x, starter),
                SimilarityMeasure.fingerprint(y, starter)).similarity();
        assertTrue(s >= low - SAME_TOKENS && s <= high + SAME_TOKENS, name + ": " + s);
    }

    @Test
    void aDisguisedCopyHasExactlyTheSameNormalisedTokens() {
        List<String> original = JavaTokens.of(ORIGINAL).stream().map(Token::text).toList();
        List<String> copy = JavaTokens.of(DISGUISED).stream().map(Token::text).toList();
        assertEquals(original, copy);
    }

    @Test
    void similarityIsSymmetric() throws IOException {
        String starter = starter();
        Fingerprint a = SimilarityMeasure.fingerprint(ORIGINAL, starter);
        Fingerprint b = SimilarityMeasure.fingerprint(INDEPENDENT, starter);
        assertEquals(SimilarityMeasure.compare(a, b).similarity(), SimilarityMeasure.compare(b, a).similarity(),
                SAME_TOKENS);
    }

    static Stream<Arguments> tokens() {
        return Stream.of(
                Arguments.of("x += 1.5e-3;", List.of("ID", "+=", "LIT", ";")),
                Arguments.of("0x1E+2", List.of("LIT", "+", "LIT")),
                Arguments.of("s = \"a \\\" // not a comment\"; // a comment", List.of("ID", "=", "LIT", ";")),
                Arguments.of("c = 'x'; b = true; o = null;", List.of("ID", "=", "LIT", ";", "ID", "=", "LIT", ";",
                        "ID", "=", "LIT", ";")),
                Arguments.of("/* a\n b */ return a >>>= b;", List.of("return", "ID", ">>>=", "ID", ";")),
                Arguments.of("v -> v::size", List.of("ID", "->", "ID", "::", "ID")),
                Arguments.of("int[] a = {1, 2}; a @ #", List.of("int", "[", "]", "ID", "=", "{", "LIT", ",", "LIT",
                        "}", ";", "ID", "@", "#")),
                Arguments.of("\"unterminated\nx", List.of("LIT", "ID")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void javaIsTokenisedAndNormalised(String source, List<String> expected) {
        assertEquals(expected, JavaTokens.of(source).stream().map(Token::text).toList());
    }

    @Test
    void tokensKnowTheirLines() {
        List<Token> tokens = JavaTokens.of("/* one\ntwo */ a\n// three\n  b");
        assertEquals(List.of(2, 4), tokens.stream().map(Token::line).toList());
    }

    private static String starter() throws IOException {
        return Files.readString(Path.of("exercises/softmax-jacobian/starter.jsh"));
    }

    private static String sample(String file) throws IOException {
        return Files.readString(Path.of("reference/samples/softmax-jacobian", file));
    }
}
