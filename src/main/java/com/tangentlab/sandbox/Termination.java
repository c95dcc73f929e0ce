package com.tangentlab.sandbox;

/** Why an agent stopped before its work was done; NONE while it runs or after a clean finish. */
public enum Termination {
    NONE,
    /** The submission's wall-clock time ran out; the judge killed the agent. */
    WALL_CLOCK,
    /** The agent used up its CPU-time rlimit. */
    CPU_TIME,
    /** The agent ran out of heap, metaspace or address space. */
    MEMORY,
    /** The submission printed more than its output cap; the judge killed the agent. */
    OUTPUT,
    /** The agent exited or died on its own (System.exit, a crash, a broken protocol). */
    CRASHED,
    /**
     * SIGKILL that neither the judge nor the CPU limit sent (another process, the operator, the
     * kernel's OOM killer): a fault of the machine, never the student's.
     */
    KILLED
}
