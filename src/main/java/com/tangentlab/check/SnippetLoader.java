package com.tangentlab.check;

import com.tangentlab.sandbox.AgentSession;
import com.tangentlab.sandbox.ClassPolicy;
import com.tangentlab.score.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * compile error and refused API at its line and column in the student's own text.
 */
final class SnippetLoader {
    /** Names the generated test snippet relies on; a student declaration of them would shadow it. */
    private static final Set<String> RESERVED = Set.of("com", "h$", "t$");

    private SnippetLoader() {}

    static Compiled define(AgentSession session, String source) {
        JShell shell = session.shell();
        SourceLines lines = new SourceLines(source);
        List<Diagnostic> errors = new ArrayList<>();
        Set<ClassPolicy.Violation> refused = new LinkedHashSet<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int offset = 0;
        String remaining = source;
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
                if (event.causeSnippet() == null) check(shell, event, start, lines, errors);
            }
            refused.addAll(session.takeViolations());
            offset += consumed.length();
            remaining = info.remaining();
        }
        List<Diagnostic> refusals = refused.stream().map(v -> Compiled.refusal(v, lines)).toList();
        return new Compiled(errors, refusals);
    }

    private static void check(JShell shell, SnippetEvent event, int start, SourceLines lines, List<Diagnostic> errors) {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            shell.diagnostics(snippet).filter(Diag::isError).forEach(d -> errors.add(at(start, d, lines)));
            if (errors.isEmpty()) errors.add(new Diagnostic(lines.line(start), 0, "this code cannot be compiled"));
        } else if (snippet instanceof DeclarationSnippet declaration && !event.status().isDefined()) {
            String missing = String.join(", ", shell.unresolvedDependencies(declaration).toList());
            errors.add(new Diagnostic(lines.line(start), 0, declaration.name() + " uses something that is not "
                    + "defined" + (missing.isEmpty() ? "" : ": " + missing)));
        } else if (snippet instanceof PersistentSnippet named && RESERVED.contains(named.name())) {
            errors.add(new Diagnostic(lines.line(start), 0, "the name '" + named.name() + "' is reserved by the grader;"
                    + " please rename it"));
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
