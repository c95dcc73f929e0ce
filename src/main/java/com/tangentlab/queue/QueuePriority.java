package com.tangentlab.queue;

/** Which queued submissions a worker claims first: every student's before any bulk work. */
public enum QueuePriority {
    /** A student waits on it. */
    STUDENT(0),
    /** Work nobody watches as it happens: the demo class, a folder handed to the queue. */
    BULK(1);

    private final int rank;

    QueuePriority(int rank) {
        this.rank = rank;
    }

    /** The value kept in the priority column; lower is claimed first. */
    public int rank() {
        return rank;
    }
}
