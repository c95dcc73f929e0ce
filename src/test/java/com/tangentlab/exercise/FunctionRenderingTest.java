package com.tangentlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.agent.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A visible example's function input reads as the formula it computes, with its parameters. */
class FunctionRenderingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            affine          | 1 | 2 | {x ↦ W x + b, W = [[1.00000, -2.00000]], b = [0.500000]}
            tanh-affine     | 1 | 2 | {x ↦ tanh(W x + b), W = [[1.00000, -2.00000]], b = [0.500000]}
            log-sum-exp     | 1 | 2 | {x ↦ log Σᵢ exp((W x + b)ᵢ), W = [[1.00000, -2.00000]], b = [0.500000]}
            """)
    void anAffineFamilyShowsItsMatrixAndOffset(String name, int m, int n, String expected) {
        Value.Fn f = new Value.Fn(name, new int[] {m, n}, new double[] {1, -2, 0.5});
        assertEquals(expected, Values.render(f));
    }

    @ParameterizedTest(name = "quadratic")
    @CsvSource(delimiter = '|', textBlock = """
            {x ↦ ½ xᵀA x + bᵀx, A = [[2.00000, 0.00000], [0.00000, 4.00000]], b = [1.00000, -1.00000]}
            """)
    void aQuadraticShowsItsMatrixAndLinearTerm(String expected) {
        Value.Fn f = new Value.Fn("quadratic", new int[] {2}, new double[] {2, 0, 0, 4, 1, -1});
        assertEquals(expected, Values.render(f));
    }
}
