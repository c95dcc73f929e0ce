package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a grading thread writes to standard error while it compiles (javac's crash report) is
 * dropped; what any thread writes otherwise, or another thread meanwhile, gets through.
 */
class CompilerConsoleTest {
    @Test
    void onlyTheCompilingThreadIsSilenced() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CompilerConsole.install();
            System.err.println("before");
            CompilerConsole.quietly(() -> {
                System.err.println("a compiler's crash report");
                Thread other = new Thread(() -> System.err.println("another thread meanwhile"));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            System.err.println("after");
        } finally {
            System.setErr(original);
        }
        assertEquals(String.join(System.lineSeparator(), "before", "another thread meanwhile", "after", ""),
                captured.toString(StandardCharsets.UTF_8));
    }
}
