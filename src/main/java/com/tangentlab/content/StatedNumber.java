package com.tangentlab.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as an author writes it in a page, {@code 0.29}, {@code 151}, {@code 3.16e-3},
 * {@code 4.8\times10^{19}} or {@code 10^{-4}}, standing for every value that rounds to it at the digits written.
 */
record StatedNumber(String text, BigDecimal value) {
    private static final Pattern TEX_POWER =
            Pattern.compile("(?:([-+]?[0-9.]+)\\s*\\\\times\\s*)?10\\^\\{([-+]?\\d{1,3})}");
    /** How many significant digits a filled-in value shows: enough for any setting, few enough to read. */
    private static final MathContext SHOWN = new MathContext(4);
    /** Whole numbers up to this size are printed as integers. */
    private static final double LARGEST_INTEGER = 1e15;

    /** Reads a written number; throws IllegalArgumentException naming the text when it is none. */
    static StatedNumber parse(String text) {
        String t = text.strip();
        Matcher power = TEX_POWER.matcher(t);
        try {
            if (power.matches()) {
                String mantissa = power.group(1) == null ? "1" : power.group(1);
                return new StatedNumber(t, new BigDecimal(mantissa).scaleByPowerOfTen(Integer.parseInt(power.group(2))));
            }
            return new StatedNumber(t, new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number");
        }
    }

    /** Whether {@code actual} rounds to this number at the digits written: within half a unit of the last one. */
    boolean admits(double actual) {
        if (!Double.isFinite(actual)) return false;
        BigDecimal halfUnit = value.ulp().divide(BigDecimal.valueOf(2));
        // The shortest decimal that reads back as the double: 0.285 is 0.285 here, not 0.28499999999999998.
        return BigDecimal.valueOf(actual).subtract(value).abs().compareTo(halfUnit) <= 0;
    }

    /** How a page shows a value it leaves to the figure. */
    static String shown(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_INTEGER) return Long.toString((long) value);
        return new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
    }
}
