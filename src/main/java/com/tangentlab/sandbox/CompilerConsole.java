package com.tangentlab.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * javac reports a crash of its own (a StackOverflowError on a hostile expression, an internal
 * error) by printing a bug report and a stack trace of a thousand lines to the process's
 * standard error, and JShell gives no way to send that elsewhere. The crash already becomes the
 * submission's one-line compile error, so what a grading thread prints while it compiles is
 * dropped; every other thread's standard error passes through untouched.
 */
public final class CompilerConsole {
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private CompilerConsole() {}

    /** Puts the gate in front of the standard error stream of the moment, once. */
    public static synchronized void install() {
        if (System.err instanceof Gated) return;
        System.setErr(new Gated(System.err));
    }

    /** Runs {@code work}, dropping what this thread writes to standard error meanwhile. */
    public static <T> T quietly(Supplier<T> work) {
        boolean before = QUIET.get();
        QUIET.set(true);
        try {
            return work.get();
        } finally {
            QUIET.set(before);
        }
    }

    private static final class Gated extends PrintStream {
        Gated(PrintStream through) {
            super(new Gate(through), true);
        }
    }

    private static final class Gate extends OutputStream {
        private final PrintStream through;

        Gate(PrintStream through) {
            this.through = through;
        }

        @Override
        public void write(int b) {
            if (!QUIET.get()) through.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (!QUIET.get()) through.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            through.flush();
        }
    }
}
