package com.tangentlab.exercise;

import java.util.Comparator;

/** Dotted section numbers in reading order: "3" before "15", "3.2" before "3.10". */
public final class SectionNumbers {
    public static final Comparator<String> READING_ORDER = SectionNumbers::compare;

    private SectionNumbers() {}

    /**
     * The chapter's section page an exercise's section belongs to: "3" for "3", "3.2" or "3.10".
     * Pages are whole sections; an exercise may name a subsection of one.
     */
    public static String page(String exerciseSection) {
        int dot = exerciseSection.indexOf('.');
        return dot < 0 ? exerciseSection : exerciseSection.substring(0, dot);
    }

    /** Compares part by part, numerically where both parts are numbers. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }
}
