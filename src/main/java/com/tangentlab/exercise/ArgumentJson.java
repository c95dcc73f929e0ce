package com.tangentlab.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import java.util.Locale;

/** Reads a fixed example argument from YAML/JSON, checked against the parameter type it is for. */
public final class ArgumentJson {
    private ArgumentJson() {}

    public static Value parse(JsonNode node, String type) {
        switch (type) {
            case "double": return new Value.Num(number(node));
            case "int": case "long": 
                if (!node.canConvertToLong()) throw new IllegalArgumentException("expected an integer, got " + node);
                return new Value.Int(node.asLong());
            case "boolean": return new Value.Flag(node.asBoolean());
            case "String": return new Value.Text(node.asText());
            case "double[]": return new Value.Vec(vector(node));
            case "double[][]": {
                if (!node.isArray()) throw new IllegalArgumentException("expected a matrix, got " + node);
                double[][] rows = new double[node.size()][];
                for (int i = 0; i < rows.length; i++) rows[i] = vector(node.get(i));
                return new Value.Mat(rows);
            }
            default: return function(node, type);
        }
    }

    /** A function argument: {name: affine, w: [[...]], b: [...]} for a fixture of {@link Fixtures}. */
    private static Value function(JsonNode node, String type) {
        if (!node.isObject() || !node.has("name")) {
            throw new IllegalArgumentException("a " + type + " argument must be written as {name: ..., w: ..., b: ...}");
        }
        String name = node.get("name").asText().toLowerCase(Locale.ROOT);
        double[][] w = ((Value.Mat) parse(node.get("w"), "double[][]")).rows();
        double[] b = vector(node.get("b"));
        if (name.equals(Fixtures.QUADRATIC)) {
            int n = w.length;
            double[] params = new double[n * n + n];
            for (int i = 0; i < n; i++) System.arraycopy(w[i], 0, params, i * n, n);
            System.arraycopy(b, 0, params, n * n, n);
            return new Value.Fn(name, new int[] {n}, params);
        }
        return Fixtures.affine(name, w, b);
    }

    private static double[] vector(JsonNode node) {
        if (node == null || !node.isArray()) throw new IllegalArgumentException("expected a list of numbers, got " + node);
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(node.get(i));
        return v;
    }

    private static double number(JsonNode node) {
        if (node == null || !node.isNumber()) throw new IllegalArgumentException("expected a number, got " + node);
        return node.asDouble();
    }
}
