package com.tangentlab.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Valid but long and repetitive submissions: the right {@code newton-step} followed by copies of
 * one helper, each under its own name, up to {@link #BYTES} bytes, under the 64 KiB source
 * limit. Each helper repeats its loop {@link #LOOPS_PER_HELPER} times, so that the copies stay
 * well within the 50 top-level declarations a submission may have. Two of them (with other helper names) have about 28,000 tokens each and are one long
 * common run after normalisation: the worst case for greedy string tiling.
 */
public final class LongSubmissions {
    /** The size of the pair that tied up the server for minutes before the work was bounded. */
    public static final int BYTES = 58_000;
    static final int LOOPS_PER_HELPER = 30;

    private LongSubmissions() {}

    /** The right answer, then helpers {@code <helper>0}, {@code <helper>1}, ... up to {@link #BYTES} bytes. */
    public static String newtonStep(String helper) throws IOException {
        StringBuilder code = new StringBuilder(Files.readString(Path.of("reference/samples/newton-step/correct.jsh")));
        for (int i = 0; code.length() < BYTES; i++) {
            code.append("\ndouble ").append(helper).append(i).append("(double[] v) {\n")
                    .append("    double s = 0;\n");
            for (int loop = 0; loop < LOOPS_PER_HELPER; loop++) {
                code.append("    for (int i = 0; i < v.length; i++) s += v[i] * v[i];\n");
            }
            code.append("    return Math.sqrt(s);\n")
                    .append("}\n");
        }
        return code.toString();
    }
}
