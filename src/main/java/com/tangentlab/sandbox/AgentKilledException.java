package com.tangentlab.sandbox;

/**
 * An agent died of a signal that neither the judge nor a limit sent: a fault of the machine.
 * The submission stays ungraded, to be graded again; it is never scored as the student's.
 */
public final class AgentKilledException extends RuntimeException {
    public AgentKilledException(String message) {
        super(message);
    }
}
