package com.tangentlab.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness counts every call of a function-valued argument, per test and per argument position. */
class HarnessCallCountTest {
    private static final Value.Fn IDENTITY = Fixtures.affine(Fixtures.AFFINE, new double[][] {{1, 0}, {0, 1}},
            new double[2]);
    private static final Value.Fn QUADRATIC = new Value.Fn(Fixtures.QUADRATIC, new int[] {2}, new double[] {1, 0, 0, 1, 0, 0});

    @Test
    void eachTestReportsHowOftenItsFunctionArgumentsWereCalled() throws IOException {
        Harness harness = Harness.session();
        harness.load(Wire.encodeCases(List.of(
                List.of(IDENTITY, new Value.Vec(new double[] {1, 2}), QUADRATIC),
                List.of(IDENTITY, new Value.Vec(new double[] {3, 4}), QUADRATIC))));

        harness.start(0);
        double[] x = harness.vector(1);
        harness.function(0).apply(x);
        harness.unary(0).apply(x);
        harness.scalarFunction(2).applyAsDouble(x);
        harness.put(0.0);
        harness.start(1);
        harness.put(harness.vector(1));

        List<Wire.Outcome> outcomes = Wire.decodeOutcomes(harness.outcomes());
        assertArrayEquals(new long[] {2, 0, 1}, outcomes.get(0).calls());
        assertArrayEquals(new long[] {0, 0, 0}, outcomes.get(1).calls());
    }
}
