package com.tangentlab.figure;

import java.util.Arrays;
import java.util.List;

/**
 * A number, or a short list of numbers, that the theory's text may name about a figure: a size,
 * a fixed setting, or a result at the figure's defaults. A page names it as
 * {@code {{figure:<id>.<name>}}}, so that the text and the figure cannot say different things.
 */
public record Fact(String name, List<Double> values) {
    public Fact {
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) throw new IllegalArgumentException("a fact needs a plain name: " + name);
        if (values.isEmpty()) throw new IllegalArgumentException("fact " + name + " has no value");
        values = List.copyOf(values);
    }

    public static Fact of(String name, double... values) {
        return new Fact(name, Arrays.stream(values).boxed().toList());
    }
}
