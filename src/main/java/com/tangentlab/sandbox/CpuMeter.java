package com.tangentlab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The processor time an agent's processes have used, from the kernel's accounting in
 * /proc/PID/stat. The pool samples it while a submission runs so that a death by SIGKILL can
 * be told apart: the CPU rlimit's hard kill only comes after the agent used its whole budget,
 * so a SIGKILL well short of it was sent by something else and is not the student's doing.
 */
final class CpuMeter {
    /** /proc reports times in USER_HZ, which Linux fixes at 100 ticks a second for every program. */
    private static final long TICKS_PER_SECOND = 100;
    /** utime and stime are fields 14 and 15 of /proc/PID/stat; these indexes count from the field after "(comm)". */
    private static final int UTIME_AFTER_COMM = 11;
    private static final int STIME_AFTER_COMM = 12;

    private CpuMeter() {}

    /** Processor time used so far by {@code process} and every process below it. */
    static Duration used(ProcessHandle process) {
        long ticks = ticks(process.pid());
        for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) ticks += ticks(child.pid());
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    }

    /** User plus system ticks of one process; 0 once it is gone. */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces and parentheses: the fields start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[UTIME_AFTER_COMM]) + Long.parseLong(fields[STIME_AFTER_COMM]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
