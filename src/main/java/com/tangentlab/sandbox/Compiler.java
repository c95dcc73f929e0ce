package com.tangentlab.sandbox;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The JShell instance of one agent, living in the trusted process: it parses and compiles
 * here, and only loads and runs through the agent. Built with the default imports before
 * the agent is handed out, so a submission pays only for its own snippets.
 */
final class Compiler implements AutoCloseable {
    private static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;");

    private final PolicedControl control;
    private final JShell shell;
    private final List<ClassPolicy.Violation> violations = new ArrayList<>();
    private volatile ClassPolicy policy = ClassPolicy.forSubmissions();

    Compiler(Path compileClassPath, ExecutionControl agent) {
        this.control = new PolicedControl(() -> policy, this::violated);
        control.attach(agent);
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
    }

    JShell shell() {
        return shell;
    }

    ExecutionControl control() {
        return control;
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

    /** Closes JShell without talking to the agent, which is killed separately. */
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
}
