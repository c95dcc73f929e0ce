package com.tangentlab.figure.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers as the figures' tables and checks print them. */
public final class Numbers {
    private Numbers() {}

    /** {@code x} with {@code digits} decimals; a rounded −0 prints as 0. */
    public static String fixed(double x, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", x);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** Scientific notation with three significant digits, e.g. 2.80e-17. */
    public static String sci(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }

    /** Four decimals for numbers of everyday size, scientific notation for the very large or small. */
    public static String readable(double x) {
        double a = Math.abs(x);
        return a == 0 || (a >= 1e-3 && a < 1e4) ? fixed(x, 4) : sci(x);
    }

    /** A table row: a leading label, then each value with {@code digits} decimals. */
    public static List<String> row(String label, double[] values, int digits) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (double x : values) cells.add(fixed(x, digits));
        return cells;
    }

    /** A step size as people write it, e.g. 1e-5. */
    public static String power(double x) {
        return String.format(Locale.ROOT, "%.0e", x).replace("e-0", "e-").replace("e+00", "").replace("e+0", "e");
    }

    public static String vector(double[] v, int digits) {
        return Arrays.stream(v).mapToObj(x -> fixed(x, digits)).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A matrix as table rows, with a first column naming each row (e.g. "row 1"). */
    public static List<List<String>> rows(double[][] a, int digits, String rowName) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            List<String> row = new ArrayList<>();
            row.add(rowName + " " + (i + 1));
            for (double x : a[i]) row.add(fixed(x, digits));
            rows.add(row);
        }
        return rows;
    }

    /** A header for {@link #rows}: an empty corner, then "col 1" … "col n". */
    public static List<String> columns(int n, String corner) {
        List<String> header = new ArrayList<>();
        header.add(corner);
        for (int j = 1; j <= n; j++) header.add("col " + j);
        return header;
    }
}
