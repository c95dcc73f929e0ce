package com.tangentlab.exercise;

import com.tangentlab.agent.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A loaded, validated exercise: what the judge needs to grade a submission of it. */
public record Exercise(
        String id,
        String title,
        String section,
        double points,
        Duration timeLimit,
        Path folder,
        List<Signature> signatures,
        Tolerance tolerance,
        List<Example> examples,
        List<TestGroup> tests,
        List<Hinted> properties,
        List<Hinted> misconceptions,
        List<Sample> samples,
        Reference reference) {

    public enum Kind { EXAMPLE, HIDDEN, ROBUSTNESS }

    /** A visible example with fixed arguments. */
    public record Example(String name, Signature call, List<Value> args, double points) {}

    /** {@code repeat} hidden tests drawn from one generator, each worth {@code points}. */
    public record TestGroup(String name, Signature call, Kind kind, String generator, int repeat, double points,
            Tolerance tolerance) {}

    public record Hinted(String name, String hint, double points) {}

    /**
     * A known submission and the outcome it must get.
     *
     * @param misconception the misconception whose hint the grade must show, or null
     * @param trivial       an answer that does not depend on the input (zeros, a constant): it must be
     *                      graded 0 and be told so
     */
    public record Sample(Path file, String status, double score, String misconception, boolean trivial) {}

    public Path statementFile() { return folder.resolve("statement.md"); }
    public Path starterFile() { return folder.resolve("starter.jsh"); }

    public Signature signature(String name) {
        return signatures.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no function " + name));
    }
}
