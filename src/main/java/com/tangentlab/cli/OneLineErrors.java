package com.tangentlab.cli;

import picocli.CommandLine;

/** The one place server faults end up: a one-line error on stderr and exit status 1. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int SERVER_FAULT = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        commandLine.getErr().println("tangentlab: error: " + message.replace('\n', ' '));
        return SERVER_FAULT;
    }
}
