package com.tangentlab.figure.calc;

import com.tangentlab.figure.Plot;

/** PASS/FAIL checks that always print the number they were decided on. */
public final class Verdicts {
    private Verdicts() {}

    /** PASS when {@code error} (a maximum absolute difference or residual) is within {@code tolerance}. */
    public static Plot.Check within(String name, String what, double error, double tolerance) {
        return new Plot.Check(name, error <= tolerance,
                what + " = " + Numbers.sci(error) + " (tolerance " + Numbers.sci(tolerance) + ")");
    }

    public static Plot.Check same(String name, String what, long got, long expected) {
        return new Plot.Check(name, got == expected, what + " = " + got + " (expected " + expected + ")");
    }
}
