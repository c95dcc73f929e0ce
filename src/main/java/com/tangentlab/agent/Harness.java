package com.tangentlab.agent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * The agent's half of a test run. The judge sends the test inputs, then evaluates one
 * generated snippet that calls the student's methods through this class; each result is
 * copied and encoded here, in the agent's own code, never through student toString/equals.
 * Student code cannot name this class: the class policy rejects any reference to it.
 */
public final class Harness {
    private static final Harness SESSION = new Harness();

    private List<List<Value>> cases = List.of();
    private final List<Wire.Outcome> outcomes = new ArrayList<>();
    private int current = -1;
    private long[] calls = new long[0];

    private Harness() {}

    public static Harness session() {
        return SESSION;
    }

    void load(byte[] encodedCases) throws IOException {
        cases = Wire.decodeCases(encodedCases);
        outcomes.clear();
        current = -1;
    }

    byte[] outcomes() {
        return Wire.encodeOutcomes(outcomes);
    }

    /** Begins test {@code index}; the generated snippet calls this before each test. */
    public void start(int index) {
        if (index != outcomes.size()) throw new IllegalStateException("tests out of order");
        current = index;
        calls = new long[cases.get(index).size()];
    }

    public double number(int arg) { return ((Value.Num) arg(arg)).value(); }
    public int integer(int arg) { return Math.toIntExact(((Value.Int) arg(arg)).value()); }
    public long longValue(int arg) { return ((Value.Int) arg(arg)).value(); }
    public boolean flag(int arg) { return ((Value.Flag) arg(arg)).value(); }
    public String text(int arg) { return ((Value.Text) arg(arg)).value(); }
    public double[] vector(int arg) { return ((Value.Vec) arg(arg)).values().clone(); }
    public double[][] matrix(int arg) { return copy(((Value.Mat) arg(arg)).rows()); }

    public Function<double[], double[]> function(int arg) {
        Value.Fn fn = (Value.Fn) arg(arg);
        long[] counter = calls;
        return x -> { counter[arg]++; return Fixtures.apply(fn, x); };
    }

    public UnaryOperator<double[]> unary(int arg) {
        Function<double[], double[]> f = function(arg);
        return f::apply;
    }

    public ToDoubleFunction<double[]> scalarFunction(int arg) {
        Value.Fn fn = (Value.Fn) arg(arg);
        long[] counter = calls;
        return x -> { counter[arg]++; return Fixtures.applyScalar(fn, x); };
    }

    public void put(double[][] result) { record(result == null ? new Value.Null() : new Value.Mat(copy(result))); }
    public void put(double[] result) { record(result == null ? new Value.Null() : new Value.Vec(result.clone())); }
    public void put(double result) { record(new Value.Num(result)); }
    public void put(long result) { record(new Value.Int(result)); }
    public void put(boolean result) { record(new Value.Flag(result)); }
    public void put(String result) { record(result == null ? new Value.Null() : new Value.Text(result)); }

    public void threw(Throwable failure) {
        record(new Value.Threw(failure.getClass().getName()));
    }

    private Value arg(int index) {
        return cases.get(current).get(index);
    }

    private void record(Value value) {
        if (current != outcomes.size()) throw new IllegalStateException("result without a test");
        outcomes.add(new Wire.Outcome(value, calls.clone()));
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i] == null ? null : rows[i].clone();
        return out;
    }
}
