package com.tangentlab.agent;

import java.util.Arrays;

/**
 * A typed value that crosses the sandbox boundary: test inputs going in, results coming out.
 * Every value is plain data; nothing here runs student code or calls student methods.
 */
public sealed interface Value {

    /** Short human description of the value's type and shape, e.g. "double[4][3]". */
    String shape();

    record Num(double value) implements Value {
        public String shape() { return "double"; }
    }

    record Int(long value) implements Value {
        public String shape() { return "long"; }
    }

    record Flag(boolean value) implements Value {
        public String shape() { return "boolean"; }
    }

    record Text(String value) implements Value {
        public String shape() { return "String"; }
    }

    record Vec(double[] values) implements Value {
        public String shape() { return "double[" + values.length + "]"; }
        @Override public boolean equals(Object o) { return o instanceof Vec v && Arrays.equals(values, v.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }

    /** A row-major matrix; rows may be ragged or null when a student returns such a thing. */
    record Mat(double[][] rows) implements Value {
        public String shape() {
            if (rows.length == 0) return "double[0][]";
            int width = rows[0] == null ? -1 : rows[0].length;
            for (double[] row : rows) {
                if (row == null || row.length != width) return "double[" + rows.length + "][] (ragged)";
            }
            return "double[" + rows.length + "][" + width + "]";
        }
        @Override public boolean equals(Object o) { return o instanceof Mat m && Arrays.deepEquals(rows, m.rows); }
        @Override public int hashCode() { return Arrays.deepHashCode(rows); }
        @Override public String toString() { return Arrays.deepToString(rows); }
    }

    /** A function-valued input, built on both sides from the same description by {@link Fixtures}. */
    record Fn(String name, int[] dims, double[] params) implements Value {
        public String shape() { return "function " + name; }
        @Override public boolean equals(Object o) {
            return o instanceof Fn f && name.equals(f.name) && Arrays.equals(dims, f.dims) && Arrays.equals(params, f.params);
        }
        @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(params); }
        @Override public String toString() { return name + Arrays.toString(dims); }
    }

    /** The student's method returned null. */
    record Null() implements Value {
        public String shape() { return "null"; }
    }

    /** The student's method threw; only the exception's class name crosses back. */
    record Threw(String exceptionClass) implements Value {
        public String shape() { return "exception " + exceptionClass; }
    }
}
