package com.tangentlab.sandbox;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell instance in the trusted process: the compiler. It parses and compiles here and
 * only loads and runs through the agent attached to it. A new javac context spends most of a
 * submission's time reading the JDK's class files, so a compiler is kept warm and serves one
 * fresh agent after another: on release, every snippet of the submission is dropped, and
 * JShell's record of which classes the (now dead) agent had loaded is cleared, since the
 * next agent has none of them.
 */
final class Compiler implements AutoCloseable {
    private static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;");
    /** A compiler is rebuilt after this many submissions, so that dropped history does not pile up. */
    private static final int MAX_USES = 200;

    private final PolicedControl control;
    private final JShell shell;
    private final List<ClassPolicy.Violation> violations = new ArrayList<>();
    private final LoadedClasses loaded;
    private volatile ClassPolicy policy = ClassPolicy.forSubmissions();
    private int uses;
    private boolean closedByJShell;
    private volatile boolean discarded;

    static {
        // Before any JShell exists, so that javac's own crash reports meet the gate (see CompilerConsole).
        CompilerConsole.install();
    }

    Compiler(Path compileClassPath) {
        this.control = new PolicedControl(() -> policy, this::violated);
        this.shell = JShell.builder()
                .executionEngine(new Provider(), Map.of())
                .out(new PrintStream(PrintStream.nullOutputStream()))
                .err(new PrintStream(PrintStream.nullOutputStream()))
                .in(InputStream.nullInputStream())
                // The agent's class path, not this process's: student code must not even compile
                // against the judge or the references.
                .compilerOptions("-proc:none", "--class-path", compileClassPath.toString())
                .build();
        DEFAULT_IMPORTS.forEach(shell::eval);
        this.loaded = LoadedClasses.of(shell);
    }

    JShell shell() {
        return shell;
    }

    ExecutionControl control() {
        return control;
    }

    /** Joins a fresh agent; everything compiled from now on is loaded into it. */
    void attach(ExecutionControl agent) {
        policy = ClassPolicy.forSubmissions();
        takeViolations();
        uses++;
        control.attach(agent);
    }

    /** Detaches the agent and forgets the submission, if this compiler can be reused. */
    void release() {
        control.detach();
        if (reusable()) forgetSubmission();
    }

    /** Whether this compiler can serve another agent. */
    boolean reusable() {
        return loaded.resettable() && uses < MAX_USES && !closedByJShell && !discarded;
    }

    /** After a compiler failure or overrun its state is unknown: it is closed on release instead of reused. */
    void discard() {
        discarded = true;
    }

    void usePolicy(ClassPolicy next) {
        policy = next;
    }

    synchronized List<ClassPolicy.Violation> takeViolations() {
        List<ClassPolicy.Violation> found = List.copyOf(violations);
        violations.clear();
        return found;
    }

    private synchronized void violated(List<ClassPolicy.Violation> found) {
        violations.addAll(found);
    }

    private void forgetSubmission() {
        try {
            List<Snippet> added = new ArrayList<>();
            shell.snippets().filter(s -> shell.status(s).isActive())
                    .filter(s -> !(s instanceof ImportSnippet) || !DEFAULT_IMPORTS.contains(s.source().strip()))
                    .forEach(added::add);
            // Latest first: a snippet dropped before those that use it would make JShell recompile each of them
            // as unresolved, once per drop, only for them to be dropped next.
            java.util.Collections.reverse(added);
            added.forEach(shell::drop);
            loaded.clear();
        } catch (IllegalStateException closed) {
            // JShell closes itself when its agent dies in the middle of a call (a time limit, a
            // crash): such a compiler cannot be reused and is discarded.
            closedByJShell = true;
        }
    }

    @Override
    public void close() {
        control.detach();
        shell.close();
    }

    private final class Provider implements ExecutionControlProvider {
        @Override
        public String name() {
            return "tangentlab-pipe";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
        }
    }

    /**
     * JShell's private record of the classes loaded into its execution engine. It has no API to
     * forget them, so it is reached by reflection (the trusted JVM opens jdk.jshell for this);
     * where that is not possible, compilers are simply not reused.
     */
    private record LoadedClasses(Map<?, ?> map) {
        static LoadedClasses of(JShell shell) {
            try {
                Field trackerField = JShell.class.getDeclaredField("classTracker");
                trackerField.setAccessible(true);
                Object tracker = trackerField.get(shell);
                Field mapField = tracker.getClass().getDeclaredField("map");
                mapField.setAccessible(true);
                return new LoadedClasses((Map<?, ?>) mapField.get(tracker));
            } catch (ReflectiveOperationException | RuntimeException closedOrChanged) {
                return new LoadedClasses(null);
            }
        }

        boolean resettable() {
            return map != null;
        }

        void clear() {
            map.clear();
        }
    }
}
