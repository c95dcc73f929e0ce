package com.tangentlab.figure.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbers formatted for tables and check details, the same on every machine. */
final class Text {
    private Text() {}

    static String fixed(double x, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    static String sci(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }

    /** Four decimals for numbers of everyday size, scientific notation for the very large or small. */
    static String readable(double x) {
        double a = Math.abs(x);
        return a == 0 || (a >= 1e-3 && a < 1e4) ? fixed(x, 4) : sci(x);
    }

    static String vector(double[] v, int decimals) {
        List<String> parts = new ArrayList<>();
        for (double x : v) parts.add(fixed(x, decimals));
        return "(" + String.join(", ", parts) + ")";
    }

    /** The row's cells as text, each with {@code decimals} decimals, after a leading label. */
    static List<String> row(String label, double[] values, int decimals) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (double x : values) cells.add(fixed(x, decimals));
        return cells;
    }
}
