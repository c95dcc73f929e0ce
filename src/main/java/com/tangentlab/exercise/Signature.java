package com.tangentlab.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * A method a student must define, e.g. {@code double[][] softmaxJacobian(double[] z)}.
 * Types are compared in a normal form: no spaces, no {@code java.lang.} or
 * {@code java.util.function.} prefixes.
 */
public record Signature(String returnType, String name, List<String> parameterTypes, List<String> parameterNames) {

    public static Signature parse(String text) {
        String s = text.trim();
        int open = s.indexOf('('), close = s.lastIndexOf(')');
        if (open < 0 || close < open) throw new IllegalArgumentException("not a method signature: " + text);
        String head = s.substring(0, open).trim();
        int space = head.lastIndexOf(' ');
        if (space < 0) throw new IllegalArgumentException("signature without a return type: " + text);
        List<String> types = new ArrayList<>(), names = new ArrayList<>();
        for (String param : splitTopLevel(s.substring(open + 1, close))) {
            int cut = param.lastIndexOf(' ');
            if (cut < 0) throw new IllegalArgumentException("parameter without a name in: " + text);
            types.add(normalize(param.substring(0, cut)));
            names.add(param.substring(cut + 1).trim());
        }
        return new Signature(normalize(head.substring(0, space)), head.substring(space + 1).trim(), types, names);
    }

    /** The normal form of a Java type as written in source. */
    public static String normalize(String type) {
        return type.replaceAll("\\s+", "").replace("java.util.function.", "").replace("java.lang.", "");
    }

    /** Splits a parameter list at commas that are not inside angle brackets. */
    public static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '<') depth++;
            else if (c == '>') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        if (!list.isBlank()) parts.add(list.substring(start).trim());
        return parts;
    }

    /** How a student sees it: {@code layerNormJacobian(double[]) returning double[][]}. */
    public String describe() {
        return name + "(" + String.join(", ", parameterTypes) + ") returning " + returnType;
    }

    @Override
    public String toString() {
        List<String> params = new ArrayList<>();
        for (int i = 0; i < parameterTypes.size(); i++) params.add(parameterTypes.get(i) + " " + parameterNames.get(i));
        return returnType + " " + name + "(" + String.join(", ", params) + ")";
    }
}
