package com.tangentlab.check;

/**
 * The grader itself failed on one submission (not the student's code, which only ever gets a
 * grade). The message is one line, fit for a report row or a log line; the cause is kept for
 * whoever wants the stack trace.
 */
public final class GradingFailedException extends RuntimeException {
    /** A failure's text is cut here, so that a huge exception message cannot flood a report or a log. */
    private static final int MAX_MESSAGE_CHARS = 300;

    public GradingFailedException(Throwable cause) {
        super("the grader failed on this submission: " + oneLine(cause), cause);
    }

    /** The throwable's simple class name and the first line of its message, at most a few hundred characters. */
    public static String oneLine(Throwable t) {
        String text = t.getClass().getSimpleName();
        String message = t.getMessage();
        if (message != null && !message.isBlank()) text += ": " + message.strip().lines().findFirst().orElse("");
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
