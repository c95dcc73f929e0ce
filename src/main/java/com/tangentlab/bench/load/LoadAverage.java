package com.tangentlab.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kernel's 1, 5 and 15 minute load averages: on a shared machine, the context of every figure. */
final class LoadAverage {
    private static final int FIGURES = 3;

    private LoadAverage() {}

    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields.length < FIGURES ? "unknown" : String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
