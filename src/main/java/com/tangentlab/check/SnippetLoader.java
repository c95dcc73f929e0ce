package com.tangentlab.check;

import com.tangentlab.sandbox.AgentSession;
import com.tangentlab.sandbox.ClassPolicy;
import com.tangentlab.score.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Defines a submission in the agent, one JShell snippet at a time, and reports every
 * compile error and refused API at its line and column in the student's own text. Compiling
 * has a time budget of its own: the time the agent spends running top-level code is not
 * counted against it (that is the submission's time limit), and past it no further snippet is
 * compiled.
 */
final class SnippetLoader {
    /** Names the generated test snippet relies on; a student declaration of them would shadow it. */
    private static final Set<String> RESERVED = Set.of("com", "java", "h$", "t$");
    private static final Set<Snippet.Status> RECOVERABLE =
            Set.of(Snippet.Status.RECOVERABLE_DEFINED, Snippet.Status.RECOVERABLE_NOT_DEFINED);

    private SnippetLoader() {}

    static Compiled define(AgentSession session, String source, Duration budget) {
        long started = System.nanoTime();
        JShell shell = session.shell();
        SourceLines lines = new SourceLines(source);
        List<Diagnostic> errors = new ArrayList<>();
        Set<ClassPolicy.Violation> refused = new LinkedHashSet<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int offset = 0;
        String remaining = source;
        Map<Snippet, Integer> starts = new LinkedHashMap<>();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) break;
            if (!info.completeness().isComplete() && info.completeness() != SourceCodeAnalysis.Completeness.UNKNOWN) {
                errors.add(new Diagnostic(lines.lastLine(), 0,
                        "the code ends in the middle of a declaration: is a closing } or a ; missing?"));
                break;
            }
            String snippet = info.source();
            String consumed = remaining.substring(0, remaining.length() - info.remaining().length());
            int start = offset + startOf(consumed, snippet);
            for (SnippetEvent event : shell.eval(snippet)) {
                if (event.causeSnippet() == null) {
                    check(shell, event, start, lines, errors);
                    starts.put(event.snippet(), start);
                }
            }
            refused.addAll(session.takeViolations());
            offset += consumed.length();
            remaining = info.remaining();
            if (compileTime(session, started).compareTo(budget) > 0 && !remaining.isBlank()) {
                return Compiled.stopped("compiling took longer than " + budget.toMillis() + " ms (stopped at line "
                        + lines.line(offset) + "); make the code shorter or simpler");
            }
        }
        // Only now: a method may call a helper that is declared further down the file.
        starts.forEach((snippet, start) -> {
            if (snippet instanceof DeclarationSnippet d && RECOVERABLE.contains(shell.status(d))) {
                unresolved(shell, d, start, lines, errors);
            }
        });
        List<Diagnostic> refusals = refused.stream().map(v -> Compiled.refusal(v, lines)).toList();
        errors.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new Compiled(errors, refusals, Optional.empty());
    }

    /** Time spent compiling here, without the time the agent spent running top-level statements. */
    private static Duration compileTime(AgentSession session, long started) {
        return Duration.ofNanos(System.nanoTime() - started).minus(session.agentTime());
    }

    private static void check(JShell shell, SnippetEvent event, int start, SourceLines lines, List<Diagnostic> errors) {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            shell.diagnostics(snippet).filter(Diag::isError).forEach(d -> errors.add(at(start, d, lines)));
            if (errors.isEmpty()) errors.add(new Diagnostic(lines.line(start), 0, "this code cannot be compiled"));
        } else if (snippet instanceof PersistentSnippet named && RESERVED.contains(named.name())) {
            errors.add(new Diagnostic(lines.line(start), 0, "the name '" + named.name() + "' is reserved by the grader;"
                    + " please rename it"));
        }
    }

    /** A declaration that compiles only because JShell stubs out names it cannot find. */
    private static void unresolved(JShell shell, DeclarationSnippet declaration, int start, SourceLines lines,
            List<Diagnostic> errors) {
        List<String> missing = shell.unresolvedDependencies(declaration).toList();
        if (missing.isEmpty()) {
            errors.add(new Diagnostic(lines.line(start), 0, declaration.name() + " uses something that is not defined"));
        }
        for (String name : missing) {
            String token = name.replaceAll("\\(.*", "").replaceAll("^.*\\s", "");
            int line = lines.firstLineMentioningAfter(token, start);
            errors.add(new Diagnostic(line > 0 ? line : lines.line(start), 0, "cannot find symbol: " + name));
        }
    }

    private static Diagnostic at(int snippetStart, Diag d, SourceLines lines) {
        int position = snippetStart + (int) Math.max(0, d.getStartPosition());
        return new Diagnostic(lines.line(position), lines.column(position), firstLine(d.getMessage(Locale.ROOT)));
    }

    /** Where the snippet's own text begins in what the analysis consumed (after leading blanks or comments). */
    private static int startOf(String consumed, String snippet) {
        String head = snippet.strip();
        head = head.substring(0, Math.min(24, head.length()));
        int at = consumed.indexOf(head);
        return at >= 0 ? at : consumed.length() - consumed.stripLeading().length();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
