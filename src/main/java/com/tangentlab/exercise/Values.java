package com.tangentlab.exercise;

import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import java.util.Arrays;

/** Conversions between plain Java results and {@link Value}s, and shape helpers. */
public final class Values {
    private Values() {}

    /** Wraps a reference result (double[][], double[], Number, Boolean, String) as a value. */
    public static Value of(Object result) {
        if (result == null) return new Value.Null();
        if (result instanceof Value v) return v;
        if (result instanceof double[][] m) return new Value.Mat(m);
        if (result instanceof double[] v) return new Value.Vec(v);
        if (result instanceof Double d) return new Value.Num(d);
        if (result instanceof Integer i) return new Value.Int(i);
        if (result instanceof Long l) return new Value.Int(l);
        if (result instanceof Boolean b) return new Value.Flag(b);
        if (result instanceof String s) return new Value.Text(s);
        throw new IllegalArgumentException("a reference returned an unsupported type: " + result.getClass());
    }

    /** All numbers of a numeric value in row-major order, or null for non-numeric or ragged values. */
    public static double[] flatten(Value value) {
        if (value instanceof Value.Num n) return new double[] {n.value()};
        if (value instanceof Value.Int i) return new double[] {i.value()};
        if (value instanceof Value.Vec v) return v.values();
        if (value instanceof Value.Mat m) {
            double[][] rows = m.rows();
            if (rows.length == 0) return new double[0];
            if (rows[0] == null) return null;
            int width = rows[0].length;
            double[] flat = new double[rows.length * width];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == null || rows[i].length != width) return null;
                System.arraycopy(rows[i], 0, flat, i * width, width);
            }
            return flat;
        }
        return null;
    }

    public static boolean sameShape(Value a, Value b) {
        return a.getClass() == b.getClass() && a.shape().equals(b.shape());
    }

    /** Whether any entry of a numeric value is NaN or infinite. */
    public static boolean hasNonFinite(Value value) {
        double[] flat = flatten(value);
        if (flat == null) return false;
        for (double d : flat) if (!Double.isFinite(d)) return true;
        return false;
    }

    public static Value transpose(Value value) {
        if (!(value instanceof Value.Mat m) || flatten(value) == null || m.rows().length == 0) return value;
        double[][] rows = m.rows();
        double[][] t = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) for (int j = 0; j < rows[0].length; j++) t[j][i] = rows[i][j];
        return new Value.Mat(t);
    }

    public static Value negate(Value value) {
        if (value instanceof Value.Num n) return new Value.Num(-n.value());
        if (value instanceof Value.Vec v) {
            double[] out = v.values().clone();
            for (int i = 0; i < out.length; i++) out[i] = -out[i];
            return new Value.Vec(out);
        }
        if (value instanceof Value.Mat m && flatten(value) != null) {
            double[][] out = new double[m.rows().length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = m.rows()[i].clone();
                for (int j = 0; j < out[i].length; j++) out[i][j] = -out[i][j];
            }
            return new Value.Mat(out);
        }
        return value;
    }

    /** A short, readable rendering for visible examples; long values are abbreviated. */
    public static String render(Value value) {
        if (value instanceof Value.Num n) return Double.toString(n.value());
        if (value instanceof Value.Int i) return Long.toString(i.value());
        if (value instanceof Value.Flag f) return Boolean.toString(f.value());
        if (value instanceof Value.Text t) return '"' + t.value() + '"';
        if (value instanceof Value.Vec v) return renderRow(v.values());
        if (value instanceof Value.Mat m) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < m.rows().length; i++) {
                if (i > 0) out.append(", ");
                if (i == 12) { out.append("… ").append(m.rows().length - 12).append(" more rows"); break; }
                out.append(m.rows()[i] == null ? "null" : renderRow(m.rows()[i]));
            }
            return out.append(']').toString();
        }
        if (value instanceof Value.Fn f) return function(f);
        if (value instanceof Value.Null) return "null";
        if (value instanceof Value.Threw t) return "threw " + t.exceptionClass();
        return value.toString();
    }

    /**
     * A function input as the formula it computes, with its parameters, so that a student can
     * rebuild a visible example: e.g. {@code {x ↦ W x + b, W = [[1.0, 0.0]], b = [0.5]}}.
     */
    private static String function(Value.Fn f) {
        String formula = switch (f.name()) {
            case Fixtures.AFFINE -> "x ↦ W x + b";
            case Fixtures.TANH_AFFINE -> "x ↦ tanh(W x + b)";
            case Fixtures.LOG_SUM_EXP -> "x ↦ log Σᵢ exp((W x + b)ᵢ)";
            case Fixtures.LOG_SUM_EXP_GRADIENT -> "x ↦ Wᵀ softmax(W x + b)";
            case Fixtures.QUADRATIC -> "x ↦ ½ xᵀA x + bᵀx";
            default -> null;
        };
        if (formula == null) return f.toString();
        boolean quadratic = f.name().equals(Fixtures.QUADRATIC);
        int rows = f.dims()[0], cols = quadratic ? f.dims()[0] : f.dims()[1];
        double[][] matrix = new double[rows][];
        for (int i = 0; i < rows; i++) matrix[i] = Arrays.copyOfRange(f.params(), i * cols, (i + 1) * cols);
        double[] offset = Arrays.copyOfRange(f.params(), rows * cols, rows * cols + rows);
        return "{" + formula + ", " + (quadratic ? "A" : "W") + " = " + render(new Value.Mat(matrix)) + ", b = "
                + renderRow(offset) + "}";
    }

    private static String renderRow(double[] row) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < row.length; i++) {
            if (i > 0) out.append(", ");
            if (i == 12) { out.append("… ").append(row.length - 12).append(" more"); break; }
            out.append(String.format(java.util.Locale.ROOT, "%.6g", row[i]));
        }
        return out.append(']').toString();
    }
}
