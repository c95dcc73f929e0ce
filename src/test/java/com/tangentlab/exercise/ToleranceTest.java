package com.tangentlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.agent.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agreement is relative to the expected value's norm at every magnitude a double can hold. */
class ToleranceTest {
    private static final Tolerance RELATIVE_ONLY = new Tolerance(1e-9, 0);

    @ParameterizedTest(name = "at scale {0}")
    @ValueSource(doubles = {1e-170, 1e-100, 1.0, 1e100, 1e170})
    void aResultIsJudgedTheSameWayAtEveryScale(double scale) {
        Value expected = matrix(scale, 1.0);

        assertEquals(true, RELATIVE_ONLY.agrees(expected, matrix(scale, 1.0 + 1e-12)), "a rounding-level difference");
        assertEquals(false, RELATIVE_ONLY.agrees(expected, matrix(scale, 1.0 + 1e-6)), "a difference of 1e-6");
        assertEquals(false, RELATIVE_ONLY.agrees(expected, matrix(scale, 0.0)), "a zero matrix");
    }

    private static Value matrix(double scale, double corner) {
        return new Value.Mat(new double[][] {{corner * scale, -0.5 * scale}, {-0.5 * scale, 2 * scale}});
    }
}
