package com.tangentlab.sandbox;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** What this machine offers the sandbox, probed once at start-up. */
public record Host(Isolation isolation, boolean hasPrlimit) {

    public static Host probe(String requestedIsolation) {
        return new Host(Isolation.choose(requestedIsolation), runs("prlimit", "--version"));
    }

    /** The warning printed at start-up when agents are not fully isolated, or empty. */
    public String warning() {
        if (isolation == Isolation.FULL && hasPrlimit) return "";
        StringBuilder text = new StringBuilder("WARNING: sandbox isolation is ").append(isolation)
                .append(": ").append(isolation.protection()).append('.');
        if (!hasPrlimit) text.append(" prlimit is missing, so CPU, memory and file-size rlimits are NOT applied.");
        return text.toString();
    }

    static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
