package com.tangentlab.check;

import com.tangentlab.agent.AgentMain;
import com.tangentlab.agent.Value;
import com.tangentlab.agent.Wire;
import com.tangentlab.config.Settings;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.Observed;
import com.tangentlab.sandbox.AgentKilledException;
import com.tangentlab.sandbox.AgentPool;
import com.tangentlab.sandbox.AgentSession;
import com.tangentlab.sandbox.ClassPolicy;
import com.tangentlab.sandbox.CompilerConsole;
import com.tangentlab.sandbox.SandboxUnavailableException;
import com.tangentlab.sandbox.Termination;
import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Scorer;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.spi.ExecutionControl;

/**
 * Grades one submission: defines it in a fresh agent, checks its signatures, runs every
 * test in one evaluation, and compares the results with the reference here, in the trusted
 * process. The same judge serves the offline batch and the web server.
 */
public final class Judge implements Grader {
    /** Compile errors shown one by one; a flood of them is summed up as a count after these. */
    static final int MAX_DIAGNOSTICS = 10;
    /** How far down a chain of causes to look, so that a cycle of causes cannot loop forever. */
    private static final int MAX_CAUSES = 16;
    /**
     * How many fresh agents one submission gets when agents are killed from outside the grader
     * (another process, the operator, the OOM killer): such a death is never the student's, so
     * the submission is graded again, and after this many it is left to the caller as a fault.
     */
    static final int AGENTS_PER_SUBMISSION = 3;

    private final AgentPool pool;
    private final Settings settings;

    public Judge(AgentPool pool, Settings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    /** Grades against the examples and the hidden tests drawn from {@code seed}. */
    @Override
    public Grade grade(Exercise exercise, String source, long seed) {
        return run(exercise, source, TestPlan.all(exercise, seed), false);
    }

    /** Runs the visible examples only: no score is kept, and what the code printed is returned. */
    public Grade runExamples(Exercise exercise, String source) {
        return run(exercise, source, TestPlan.examples(exercise), true);
    }

    private Grade run(Exercise exercise, String source, List<TestCase> cases, boolean showOutput) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(exercise, source, cases, showOutput);
            } catch (AgentKilledException e) {
                if (attempt == AGENTS_PER_SUBMISSION) throw e;
            }
        }
    }

    private Grade runOnce(Exercise exercise, String source, List<TestCase> cases, boolean showOutput) {
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.sourceBytes()) {
            return Grade.failed(Status.REJECTED, exercise.points(), "the submission is " + bytes
                    + " bytes long; the limit is " + settings.sourceBytes() + " bytes");
        }
        Optional<Diagnostic> tooMuch = SourceScan.overLimit(source);
        if (tooMuch.isPresent()) return compileError(exercise, List.of(tooMuch.get()));
        try (AgentSession session = takeAgent()) {
            session.startClock(pool.timer(), timeLimit(exercise));
            try {
                return runIn(session, exercise, source, cases, showOutput);
            } catch (ExecutionControl.ExecutionControlException | IllegalStateException | IOException e) {
                return stopped(session, exercise);
            } catch (SandboxUnavailableException | AgentKilledException e) {
                throw e;
            } catch (Throwable e) {
                // This submission's boundary: whatever the grader threw ends this one submission, and the
                // compiler that was working on it is not trusted with another.
                session.discardCompiler();
                throw new GradingFailedException(e);
            }
        }
    }

    private Grade runIn(AgentSession session, Exercise exercise, String source, List<TestCase> cases,
            boolean showOutput) throws ExecutionControl.ExecutionControlException, IOException {
        Compiled compiled = CompilerConsole.quietly(() -> compile(session, source));
        Grade early = early(session, exercise, compiled);
        if (early != null) return early;
        List<Observed> observed = execute(session, cases);
        if (session.termination() != Termination.NONE) return limitHit(session, exercise);
        if (observed.size() != cases.size()) {
            return Grade.failed(Status.CRASHED, exercise.points(), "the tests did not all run: the submission "
                    + "interfered with the grader");
        }
        List<TestResult> results = compare(exercise, cases, observed);
        double score = Scorer.score(results, exercise.points());
        return new Grade(Status.GRADED, score, exercise.points(), Summary.of(results), results, List.of(),
                showOutput ? session.printed() : "");
    }

    /**
     * Compiles and defines the submission. The compiler failing on it (javac's stack overflowing
     * on an expression too long for it, an internal error) is this submission's compile error,
     * not the grader's; an agent that died meanwhile is left to the caller, who names the limit.
     */
    private Compiled compile(AgentSession session, String source) {
        try {
            return SnippetLoader.define(session, source, settings.compileBudget());
        } catch (IllegalStateException e) {
            if (session.terminationAfterFailure() != Termination.NONE) throw e;
            return compilerFailed(session, e);
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (Throwable e) {
            return compilerFailed(session, e);
        }
    }

    private static Compiled compilerFailed(AgentSession session, Throwable e) {
        session.discardCompiler();
        String why = overflowed(e)
                ? "the compiler ran out of stack on this code: an expression, a chain of calls or a nesting of"
                        + " blocks is too deep for it; split it into smaller parts"
                : "the compiler failed on this code (" + e.getClass().getSimpleName() + "); try writing it more simply";
        return Compiled.stopped(why);
    }

    /** A grade that ends before the tests run: a limit, a compile error, a refused API, a wrong signature. */
    private Grade early(AgentSession session, Exercise exercise, Compiled compiled) {
        if (session.termination() != Termination.NONE) return limitHit(session, exercise);
        if (compiled.stopped().isPresent()) {
            session.discardCompiler();
            String why = compiled.stopped().get();
            return Grade.failed(Status.COMPILE_ERROR, exercise.points(), why, List.of(new Diagnostic(0, 0, why)));
        }
        if (!compiled.errors().isEmpty()) return compileError(exercise, compiled.errors());
        if (!compiled.refused().isEmpty()) {
            return Grade.failed(Status.REJECTED, exercise.points(), compiled.refused().get(0).message()
                    + where(compiled.refused().get(0)), compiled.refused());
        }
        Optional<String> signature = SignatureCheck.problem(session.shell(), exercise.signatures());
        return signature.map(problem -> Grade.failed(Status.COMPILE_ERROR, exercise.points(), problem,
                List.of(new Diagnostic(0, 0, problem)))).orElse(null);
    }

    /** JShell reports some of javac's stack overflows as an InternalError caused by one. */
    private static boolean overflowed(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof StackOverflowError) return true;
        }
        return false;
    }

    /** The first error in the message; the first {@value #MAX_DIAGNOSTICS} as diagnostics, then how many more. */
    private static Grade compileError(Exercise exercise, List<Diagnostic> errors) {
        if (errors.size() <= MAX_DIAGNOSTICS) {
            return Grade.failed(Status.COMPILE_ERROR, exercise.points(), "compile error at " + errors.get(0), errors);
        }
        int more = errors.size() - MAX_DIAGNOSTICS;
        String andMore = "and " + more + " more compile error" + (more == 1 ? "" : "s");
        List<Diagnostic> shown = new ArrayList<>(errors.subList(0, MAX_DIAGNOSTICS));
        shown.add(new Diagnostic(0, 0, andMore));
        return Grade.failed(Status.COMPILE_ERROR, exercise.points(), "compile error at " + errors.get(0) + " ("
                + andMore + ")", List.copyOf(shown));
    }

    private List<Observed> execute(AgentSession session, List<TestCase> cases)
            throws ExecutionControl.ExecutionControlException, IOException {
        List<List<Value>> args = cases.stream().map(TestCase::args).toList();
        session.command(AgentMain.LOAD_CASES, Wire.encodeCases(args));
        session.usePolicy(ClassPolicy.forHarness());
        for (SnippetEvent event : session.shell().eval(HarnessSource.of(cases))) {
            if (event.status() == Snippet.Status.REJECTED && session.termination() == Termination.NONE) {
                throw new IllegalStateException("the generated test snippet did not compile: "
                        + session.shell().diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
            }
        }
        if (session.termination() != Termination.NONE) return List.of();
        Object encoded = session.command(AgentMain.FETCH_OUTCOMES, null);
        if (!(encoded instanceof byte[] bytes)) throw new IOException("the agent sent no results");
        List<Observed> observed = new ArrayList<>();
        for (Wire.Outcome o : Wire.decodeOutcomes(bytes)) observed.add(new Observed(o.value(), o.calls()));
        return observed;
    }

    private static List<TestResult> compare(Exercise exercise, List<TestCase> cases, List<Observed> observed) {
        List<Value> expected = new ArrayList<>();
        for (TestCase test : cases) expected.add(exercise.reference().solve(test.call().name(), new Args(test.args())));
        List<Value> actual = observed.stream().map(Observed::result).toList();
        Feedback feedback = new Feedback(exercise, TrivialAnswers.functions(cases, expected, actual));
        List<TestResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) results.add(feedback.judge(cases.get(i), expected.get(i), observed.get(i)));
        if (cases.stream().anyMatch(c -> !c.visible())) results.addAll(feedback.properties());
        return results;
    }

    /** The agent died or the protocol broke: name the limit if one was hit, otherwise it crashed. */
    private Grade stopped(AgentSession session, Exercise exercise) {
        if (session.terminationAfterFailure() != Termination.NONE) return limitHit(session, exercise);
        return Grade.failed(Status.CRASHED, exercise.points(), "the program stopped before the tests finished"
                + " (did it call System.exit or break the test harness?)");
    }

    private Grade limitHit(AgentSession session, Exercise exercise) {
        Duration limit = timeLimit(exercise);
        AgentLimitsText text = new AgentLimitsText(pool.limits(), limit);
        return switch (session.termination()) {
            case WALL_CLOCK -> Grade.failed(Status.TIMEOUT, exercise.points(), text.wallClock());
            case CPU_TIME -> Grade.failed(Status.TIMEOUT, exercise.points(), text.cpu());
            case MEMORY -> Grade.failed(Status.MEMORY_LIMIT, exercise.points(), text.memory());
            case OUTPUT -> Grade.failed(Status.OUTPUT_LIMIT, exercise.points(), text.output());
            case KILLED -> throw new AgentKilledException("the sandbox agent was killed from outside the grader");
            default -> Grade.failed(Status.CRASHED, exercise.points(), "the program stopped before the tests "
                    + "finished (did it call System.exit, or exhaust the stack or the threads it may use?)");
        };
    }

    private Duration timeLimit(Exercise exercise) {
        return exercise.timeLimit().compareTo(settings.wallClockCap()) > 0 ? settings.wallClockCap()
                : exercise.timeLimit();
    }

    private AgentSession takeAgent() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a sandbox agent", e);
        }
    }

    private static String where(Diagnostic d) {
        return d.line() > 0 ? " (line " + d.line() + ")" : "";
    }
}
