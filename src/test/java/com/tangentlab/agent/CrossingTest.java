package com.tangentlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.spi.ExecutionControl.UserException;
import org.junit.jupiter.api.Test;

/** What of a thrown exception may cross from the agent: a few causes, short messages, a few frames. */
class CrossingTest {

    /** A chain of {@code length} exceptions, each with a message of {@code chars} characters and {@code frames} frames. */
    private static RuntimeException chain(int length, int chars, int frames) {
        RuntimeException e = null;
        for (int i = 0; i < length; i++) {
            e = new IllegalStateException("m".repeat(chars), e);
            e.setStackTrace(frames(frames));
        }
        return e;
    }

    private static StackTraceElement[] frames(int n) {
        StackTraceElement[] frames = new StackTraceElement[n];
        for (int i = 0; i < n; i++) frames[i] = new StackTraceElement("REPL.Student", "f" + i, null, i);
        return frames;
    }

    private static List<UserException> links(UserException top) {
        List<UserException> links = new ArrayList<>();
        for (Throwable t = top; t != null; t = t.getCause()) links.add((UserException) t);
        return links;
    }

    @Test
    void aChainAtTheCapsCrossesWhole() {
        RuntimeException thrown = chain(Crossing.MAX_CHAIN, Crossing.MAX_MESSAGE_CHARS, Crossing.MAX_FRAMES);
        List<UserException> links = links(Crossing.chain(thrown));
        assertEquals(Crossing.MAX_CHAIN, links.size());
        for (UserException link : links) {
            assertEquals(Crossing.MAX_MESSAGE_CHARS, link.getMessage().length());
            assertEquals(Crossing.MAX_FRAMES, link.getStackTrace().length);
            assertEquals("java.lang.IllegalStateException", link.causeExceptionClass());
        }
    }

    @Test
    void oneMoreCauseCharacterOrFrameIsCutOff() {
        RuntimeException thrown = chain(Crossing.MAX_CHAIN + 1, Crossing.MAX_MESSAGE_CHARS + 1, Crossing.MAX_FRAMES + 1);
        List<UserException> links = links(Crossing.chain(thrown));
        assertEquals(Crossing.MAX_CHAIN, links.size());
        for (UserException link : links) {
            assertEquals(Crossing.MAX_MESSAGE_CHARS, link.getMessage().length());
            assertEquals(Crossing.MAX_FRAMES, link.getStackTrace().length);
        }
        assertEquals("f0", links.get(0).getStackTrace()[0].getMethodName(), "the frames kept are the top of the stack");
    }

    /** A student's exception that is its own cause, and whose message and stack trace throw. */
    static final class Hostile extends RuntimeException {
        @Override public synchronized Throwable getCause() { return this; }
        @Override public String getMessage() { throw new IllegalStateException("no message"); }
        @Override public StackTraceElement[] getStackTrace() { throw new IllegalStateException("no frames"); }
    }

    @Test
    void aLoopingOrThrowingExceptionCrossesAsOneLinkWithoutTextOrFrames() {
        List<UserException> links = links(Crossing.chain(new Hostile()));
        assertEquals(1, links.size());
        assertNull(links.get(0).getMessage());
        assertEquals(0, links.get(0).getStackTrace().length);
        assertEquals(Hostile.class.getName(), links.get(0).causeExceptionClass());
    }

    @Test
    void aChainThatCrossedIsCutAgainByItsOwnClassNames() {
        UserException received = Crossing.chain(chain(3, 10, 2));
        List<UserException> again = links(Crossing.chain(received));
        assertEquals(3, again.size());
        assertEquals("java.lang.IllegalStateException", again.get(2).causeExceptionClass());
    }

    @Test
    void valueStringsAreCutAtTheirCap() {
        assertEquals(Crossing.MAX_VALUE_CHARS, Crossing.text("v".repeat(Crossing.MAX_VALUE_CHARS), Crossing.MAX_VALUE_CHARS).length());
        assertEquals(Crossing.MAX_VALUE_CHARS, Crossing.text("v".repeat(Crossing.MAX_VALUE_CHARS + 1), Crossing.MAX_VALUE_CHARS).length());
        assertNull(Crossing.text(null, Crossing.MAX_VALUE_CHARS));
    }
}
