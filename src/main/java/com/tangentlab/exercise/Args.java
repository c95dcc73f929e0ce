package com.tangentlab.exercise;

import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The inputs of one test, as a reference implementation reads them. Accessors return copies. */
public record Args(List<Value> values) {

    public static Args of(Object... items) {
        return new Args(java.util.Arrays.stream(items).map(Values::of).toList());
    }

    public double num(int i) { return ((Value.Num) values.get(i)).value(); }
    public long integer(int i) { return ((Value.Int) values.get(i)).value(); }
    public double[] vec(int i) { return ((Value.Vec) values.get(i)).values().clone(); }

    public double[][] mat(int i) {
        double[][] rows = ((Value.Mat) values.get(i)).rows();
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) copy[r] = rows[r].clone();
        return copy;
    }

    public Value.Fn fnValue(int i) { return (Value.Fn) values.get(i); }

    /** A vector-valued function input, evaluated exactly as the agent evaluates it. */
    public Function<double[], double[]> fn(int i) {
        Value.Fn fn = fnValue(i);
        return x -> Fixtures.apply(fn, x);
    }

    /** A scalar-valued function input. */
    public ToDoubleFunction<double[]> scalarFn(int i) {
        Value.Fn fn = fnValue(i);
        return x -> Fixtures.applyScalar(fn, x);
    }

    public int size() { return values.size(); }
}
