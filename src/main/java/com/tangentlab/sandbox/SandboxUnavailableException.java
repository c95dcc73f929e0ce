package com.tangentlab.sandbox;

/** The sandbox cannot run anything: a server fault, never a student's. */
public final class SandboxUnavailableException extends RuntimeException {
    public SandboxUnavailableException(String message) {
        super(message);
    }
}
