package com.tangentlab.cli;

import picocli.CommandLine;

/** The one place server faults end up: a one-line error on stderr and exit status 1. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int SERVER_FAULT = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // Driver and migration errors append pages of detail after their first line, which says it all.
        commandLine.getErr().println("tangentlab: error: " + message.lines().findFirst().orElse(e.toString()));
        return SERVER_FAULT;
    }
}
