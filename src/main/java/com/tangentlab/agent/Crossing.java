package com.tangentlab.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import jdk.jshell.spi.ExecutionControl.UserException;

/**
 * The caps on text that crosses from an agent to the trusted side outside the encoded
 * results: exception chains (what JShell sends when a top-level statement throws) and the
 * value strings of top-level expressions. The agent applies them before it sends; the trusted
 * side applies them again to whatever arrives. JShell's protocol carries no suppressed
 * exceptions, so only causes are counted.
 */
public final class Crossing {
    /** Exceptions of one chain that cross: the one thrown and its first causes. */
    public static final int MAX_CHAIN = 8;
    /** Characters of one exception's message. */
    public static final int MAX_MESSAGE_CHARS = 512;
    /** Stack frames of one exception. */
    public static final int MAX_FRAMES = 16;
    /** Characters of the value string of a top-level expression or variable. */
    public static final int MAX_VALUE_CHARS = 256;

    private Crossing() {}

    /**
     * The chain starting at {@code thrown}, cut to the caps, as JShell's protocol carries it.
     * A student's exception may override getMessage, getCause or getStackTrace to throw or to
     * loop back on itself: each is asked once, and a failure ends that part.
     */
    public static UserException chain(Throwable thrown) {
        List<Throwable> links = links(thrown);
        UserException next = null;
        for (int i = links.size() - 1; i >= 0; i--) {
            Throwable t = links.get(i);
            UserException link = new UserException(text(message(t), MAX_MESSAGE_CHARS), className(t), frames(t));
            link.initCause(next);
            next = link;
        }
        return next;
    }

    /** {@code text} cut to {@code maxChars} characters (null stays null). */
    public static String text(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) return text;
        return text.substring(0, maxChars);
    }

    private static List<Throwable> links(Throwable thrown) {
        List<Throwable> links = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && links.size() < MAX_CHAIN && seen.add(t); t = cause(t)) links.add(t);
        return links;
    }

    private static Throwable cause(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable broken) {
            return null;
        }
    }

    private static String message(Throwable t) {
        try {
            return t.getMessage();
        } catch (Throwable broken) {
            return null;
        }
    }

    /** The class the exception was, as a UserException names it, or its own class otherwise. */
    private static String className(Throwable t) {
        return t instanceof UserException u ? u.causeExceptionClass() : t.getClass().getName();
    }

    /** The first frames of {@code t}'s stack trace, at most {@link #MAX_FRAMES}. */
    public static StackTraceElement[] frames(Throwable t) {
        try {
            StackTraceElement[] all = t.getStackTrace();
            return all == null ? new StackTraceElement[0] : Arrays.copyOf(all, Math.min(all.length, MAX_FRAMES));
        } catch (Throwable broken) {
            return new StackTraceElement[0];
        }
    }
}
