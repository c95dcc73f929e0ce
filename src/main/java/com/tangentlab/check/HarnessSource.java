package com.tangentlab.check;

import com.tangentlab.exercise.Signature;
import java.util.List;
import java.util.Map;

/**
 * Writes the one snippet that runs every test of a submission in a single evaluation: for
 * each test it reads the arguments from the harness, calls the student's method, and hands
 * the result (or the exception) back to the harness.
 */
final class HarnessSource {
    /** How the harness produces an argument of each supported parameter type. */
    private static final Map<String, String> ACCESSORS = Map.ofEntries(
            Map.entry("double", "number"), Map.entry("int", "integer"), Map.entry("long", "longValue"),
            Map.entry("boolean", "flag"), Map.entry("String", "text"), Map.entry("double[]", "vector"),
            Map.entry("double[][]", "matrix"), Map.entry("Function<double[],double[]>", "function"),
            Map.entry("UnaryOperator<double[]>", "unary"), Map.entry("ToDoubleFunction<double[]>", "scalarFunction"));

    private HarnessSource() {}

    static boolean supports(String parameterType) {
        return ACCESSORS.containsKey(parameterType);
    }

    static String of(List<TestCase> cases) {
        StringBuilder src = new StringBuilder(
                "{ com.tangentlab.agent.Harness h$ = com.tangentlab.agent.Harness.session();\n");
        for (int i = 0; i < cases.size(); i++) {
            src.append("h$.start(").append(i).append("); try { h$.put(").append(call(cases.get(i).call()))
                    .append("); } catch (java.lang.Throwable t$) { h$.threw(t$); }\n");
        }
        return src.append("}").toString();
    }

    private static String call(Signature signature) {
        StringBuilder call = new StringBuilder(signature.name()).append('(');
        List<String> types = signature.parameterTypes();
        for (int k = 0; k < types.size(); k++) {
            if (k > 0) call.append(", ");
            String accessor = ACCESSORS.get(types.get(k));
            if (accessor == null) throw new IllegalArgumentException("unsupported parameter type " + types.get(k));
            call.append("h$.").append(accessor).append('(').append(k).append(')');
        }
        return call.append(')').toString();
    }
}
