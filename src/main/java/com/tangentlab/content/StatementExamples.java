package com.tangentlab.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tangentlab.agent.Value;
import com.tangentlab.exercise.ArgumentJson;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.Signature;
import com.tangentlab.exercise.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worked examples of an exercise's statement, recomputed with its reference. A statement
 * writes each example in an {@code example} block, which students read as it is: a call with
 * its arguments (in the notation of {@code exercise.yaml}), then a line starting with
 * {@code =} and the result, compared with the reference's within the exercise's tolerance.
 *
 * <pre>
 * ```example
 * unitNormJacobian([3, 4, 0])
 * = [[0.128, -0.096, 0], [-0.096, 0.072, 0], [0, 0, 0.2]]
 * ```
 * </pre>
 */
public final class StatementExamples {
    private static final Pattern BLOCK = Pattern.compile("```example\\R(.*?)\\R?```", Pattern.DOTALL);
    private static final Pattern CALL = Pattern.compile("([A-Za-z_]\\w*)\\((.*)\\)");
    private static final String RESULT = "=";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private StatementExamples() {}

    /** One example as the statement writes it; {@code result} is null when its block has no result line for it. */
    public record Stated(String call, String result) {}

    /**
     * One example checked.
     *
     * @param computed what the reference returns, rendered; null when the example could not be computed
     * @param fault    why the example is wrong, or null when the reference agrees with it
     */
    public record Checked(String exerciseId, Stated example, String computed, String fault) {
        public boolean agrees() {
            return fault == null;
        }

        /** One line naming the exercise and the example. */
        public String describe() {
            return exerciseId + ": statement example " + example.call() + (agrees() ? " agrees" : ": " + fault);
        }
    }

    /** The examples of a statement, in order. */
    public static List<Stated> read(String markdown) {
        List<Stated> examples = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            List<String> lines = block.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int i = 0; i < lines.size(); i++) {
                boolean answered = i + 1 < lines.size() && lines.get(i + 1).startsWith(RESULT);
                examples.add(new Stated(lines.get(i), answered ? lines.get(i + 1).substring(RESULT.length()).strip() : null));
                if (answered) i++;
            }
        }
        return examples;
    }

    /** Every example of the exercise's statement, each recomputed with its reference. */
    public static List<Checked> check(Exercise exercise) {
        return read(statement(exercise)).stream().map(e -> check(exercise, e)).toList();
    }

    private static Checked check(Exercise exercise, Stated example) {
        if (example.result() == null || example.call().startsWith(RESULT)) {
            return new Checked(exercise.id(), example, null, "an example block holds a call, then a line starting"
                    + " with '=' and its result");
        }
        Matcher call = CALL.matcher(example.call());
        if (!call.matches()) return new Checked(exercise.id(), example, null, "the call is not name(arguments)");
        Value computed;
        Value stated;
        try {
            Signature signature = exercise.signature(call.group(1));
            computed = exercise.reference().solve(signature.name(), new Args(arguments(signature, call.group(2))));
            stated = ArgumentJson.parse(yaml(example.result()), signature.returnType());
        } catch (RuntimeException e) {
            return new Checked(exercise.id(), example, null, "cannot be computed: " + e.getMessage());
        }
        String rendered = Values.render(computed);
        return new Checked(exercise.id(), example, rendered, exercise.tolerance().agrees(computed, stated) ? null
                : "the statement says " + example.result() + ", the reference gives " + rendered);
    }

    private static List<Value> arguments(Signature signature, String written) {
        JsonNode list = yaml("[" + written + "]");
        List<String> types = signature.parameterTypes();
        if (list.size() != types.size()) {
            throw new IllegalArgumentException(list.size() + " arguments given to " + signature.describe());
        }
        List<Value> args = new ArrayList<>();
        for (int k = 0; k < types.size(); k++) args.add(ArgumentJson.parse(list.get(k), types.get(k)));
        return args;
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'" + text + "' cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String statement(Exercise exercise) {
        try {
            return Files.readString(exercise.statementFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + exercise.statementFile(), e);
        }
    }
}
