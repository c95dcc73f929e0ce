package com.tangentlab.exercise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tangentlab.agent.Value;
import com.tangentlab.score.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one exercise folder and checks it against its reference, failing fast with a
 * message that names the folder and the problem.
 */
public final class ExerciseLoader {
    /** Package of the reference implementations compiled from {@code reference/}. */
    public static final String REFERENCE_PACKAGE = "com.tangentlab.reference.";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ExerciseLoader() {}

    /** Loads {@code folder}; known samples are looked up under {@code samplesRoot/<id>/}. */
    public static Exercise load(Path folder, Path samplesRoot) {
        Path yaml = folder.resolve("exercise.yaml");
        try {
            if (!Files.isRegularFile(yaml)) throw problem("has no exercise.yaml");
            ExerciseSpec spec = YAML.readValue(yaml.toFile(), ExerciseSpec.class);
            return build(folder, spec, samplesRoot.resolve(folder.getFileName().toString()));
        } catch (IOException e) {
            throw new InvalidExerciseException(folder, "exercise.yaml cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidExerciseException(folder, e.getMessage());
        }
    }

    private static Exercise build(Path folder, ExerciseSpec spec, Path samples) {
        require(spec.id() != null && spec.id().equals(folder.getFileName().toString()),
                "id '" + spec.id() + "' must equal the folder name");
        require(spec.title() != null && !spec.title().isBlank(), "has no title");
        require(spec.points() > 0, "points must be positive");
        require(spec.timeLimitMs() > 0, "timeLimitMs must be positive");
        for (String file : List.of("statement.md", "starter.jsh")) {
            require(Files.isRegularFile(folder.resolve(file)), "has no " + file);
        }
        Reference reference = instantiate(spec.reference());
        List<Signature> signatures = Objects.requireNonNullElse(spec.signatures(), List.<String>of()).stream()
                .map(Signature::parse).toList();
        require(!signatures.isEmpty(), "declares no signatures");
        signatures.forEach(s -> require(reference.hasSolution(s.name()),
                "reference " + spec.reference() + " has no solution for " + s.name()));
        Tolerance tolerance = spec.tolerance() == null ? Tolerance.CLOSED_FORM
                : new Tolerance(spec.tolerance().relative(), spec.tolerance().absolute());
        List<Exercise.Example> examples = examples(spec, signatures);
        List<Exercise.TestGroup> tests = tests(spec, signatures, tolerance, reference);
        require(!tests.isEmpty(), "has no hidden tests");
        List<Exercise.Hinted> properties = hinted(spec.properties(), "property", reference::hasProperty, spec);
        List<Exercise.Hinted> misconceptions = hinted(spec.misconceptions(), "misconception", reference::hasDetector, spec);
        List<Exercise.Sample> sampleList = new ArrayList<>();
        for (ExerciseSpec.SampleSpec s : Objects.requireNonNullElse(spec.samples(), List.<ExerciseSpec.SampleSpec>of())) {
            sampleList.add(sample(s, samples, reference, misconceptions));
        }
        return new Exercise(spec.id(), spec.title(), spec.section(), spec.points(),
                Duration.ofMillis(spec.timeLimitMs()), folder, signatures, tolerance, examples, tests, properties,
                misconceptions, sampleList, reference);
    }

    private static Exercise.Sample sample(ExerciseSpec.SampleSpec s, Path samples, Reference reference,
            List<Exercise.Hinted> misconceptions) {
        Path file = samples.resolve(s.file());
        require(Files.isRegularFile(file), "sample " + file + " does not exist");
        require(s.misconception() == null || reference.hasDetector(s.misconception())
                && misconceptions.stream().anyMatch(m -> m.name().equals(s.misconception())),
                "sample " + s.file() + " names misconception '" + s.misconception() + "', which is not declared");
        boolean trivial = Boolean.TRUE.equals(s.trivial());
        // A trivial answer earns nothing by the scoring rule; declaring otherwise would hide a broken rule.
        require(!trivial || Status.GRADED.label().equals(s.status()) && s.score() == 0,
                "sample " + s.file() + " is trivial, so it must be declared graded with score 0");
        return new Exercise.Sample(file, s.status(), s.score(), s.misconception(), trivial);
    }

    private static List<Exercise.Example> examples(ExerciseSpec spec, List<Signature> signatures) {
        List<Exercise.Example> examples = new ArrayList<>();
        List<ExerciseSpec.ExampleSpec> specs = Objects.requireNonNullElse(spec.examples(), List.of());
        for (int i = 0; i < specs.size(); i++) {
            ExerciseSpec.ExampleSpec e = specs.get(i);
            Signature call = call(e.call(), signatures);
            List<JsonNode> raw = Objects.requireNonNullElse(e.args(), List.of());
            require(raw.size() == call.parameterTypes().size(), "example " + (i + 1) + " gives " + raw.size()
                    + " arguments to " + call.describe());
            List<Value> args = new ArrayList<>();
            for (int k = 0; k < raw.size(); k++) args.add(ArgumentJson.parse(raw.get(k), call.parameterTypes().get(k)));
            examples.add(new Exercise.Example("example " + (i + 1), call, args, e.points() == null ? 1 : e.points()));
        }
        return examples;
    }

    private static List<Exercise.TestGroup> tests(ExerciseSpec spec, List<Signature> signatures, Tolerance tolerance,
            Reference reference) {
        List<Exercise.TestGroup> tests = new ArrayList<>();
        for (ExerciseSpec.TestSpec t : Objects.requireNonNullElse(spec.tests(), List.<ExerciseSpec.TestSpec>of())) {
            require(t.name() != null, "a test has no name");
            require(reference.hasGenerator(t.generator()), "test '" + t.name() + "' names generator '"
                    + t.generator() + "', which reference " + spec.reference() + " does not define");
            Exercise.Kind kind = t.kind() == null ? Exercise.Kind.HIDDEN
                    : Exercise.Kind.valueOf(t.kind().toUpperCase(Locale.ROOT));
            require(kind != Exercise.Kind.EXAMPLE, "test '" + t.name() + "': examples go under 'examples'");
            Tolerance tol = t.tolerance() == null ? tolerance
                    : new Tolerance(t.tolerance().relative(), t.tolerance().absolute());
            int repeat = t.repeat() == null ? 1 : t.repeat();
            require(repeat >= 1, "test '" + t.name() + "' must repeat at least once");
            tests.add(new Exercise.TestGroup(t.name(), call(t.call(), signatures), kind, t.generator(), repeat,
                    t.points() == null ? 1 : t.points(), tol));
        }
        return tests;
    }

    private static List<Exercise.Hinted> hinted(List<ExerciseSpec.HintSpec> specs, String what,
            java.util.function.Predicate<String> known, ExerciseSpec spec) {
        List<Exercise.Hinted> out = new ArrayList<>();
        for (ExerciseSpec.HintSpec h : Objects.requireNonNullElse(specs, List.<ExerciseSpec.HintSpec>of())) {
            require(known.test(h.name()), what + " '" + h.name() + "' is not defined by reference " + spec.reference());
            require(h.hint() != null && !h.hint().isBlank(), what + " '" + h.name() + "' has no hint");
            out.add(new Exercise.Hinted(h.name(), h.hint().strip(), h.points() == null ? 0 : h.points()));
        }
        return out;
    }

    private static Signature call(String name, List<Signature> signatures) {
        if (name == null) {
            require(signatures.size() == 1, "with several signatures every test must say which function it calls");
            return signatures.get(0);
        }
        return signatures.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("calls unknown function " + name));
    }

    private static Reference instantiate(String name) {
        require(name != null && name.matches("[A-Z][A-Za-z0-9]*"), "reference must name a class, not '" + name + "'");
        try {
            Class<?> type = Class.forName(REFERENCE_PACKAGE + name);
            require(Reference.class.isAssignableFrom(type), "reference " + name + " does not extend Reference");
            return (Reference) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("reference class " + REFERENCE_PACKAGE + name + " cannot be loaded: " + e);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) throw new IllegalArgumentException(problem);
    }

    private static IllegalArgumentException problem(String text) {
        return new IllegalArgumentException(text);
    }
}
