package com.tangentlab.figure;

/**
 * A number the reader may change, drawn as a slider.
 *
 * @param name  the query parameter, e.g. {@code depth}
 * @param label what the slider says, e.g. "depth L"
 * @param step  the slider's step; a step of 1 makes the parameter an integer
 * @param value the default
 */
public record Parameter(String name, String label, double min, double max, double step, double value) {
    public Parameter {
        if (!(min <= value && value <= max) || step <= 0) {
            throw new IllegalArgumentException("parameter " + name + ": need min ≤ value ≤ max and step > 0");
        }
    }

    boolean admits(double x) {
        return min <= x && x <= max;
    }
}
