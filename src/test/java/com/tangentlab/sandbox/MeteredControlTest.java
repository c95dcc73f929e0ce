package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.agent.AgentMain;
import com.tangentlab.agent.Crossing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.UserException;
import org.junit.jupiter.api.Test;

/**
 * The trusted side's meter on what an agent sends back: exception replies count toward the
 * output cap, no reply but the results may be longer than the cap plus a plain reply's room,
 * and exception chains reach JShell cut to the caps.
 */
class MeteredControlTest {
    private static final int CAP = 1000;
    private static final long MAX_REPLY = CAP + MeteredControl.PLAIN_REPLY_BYTES;

    /** An agent whose every reply is {@code replyBytes} bytes read off the pipe, then {@code ending}. */
    private static final class FakeAgent implements ExecutionControl {
        private final InputStream pipe;
        private final int replyBytes;
        private final ExecutionControlException ending;

        FakeAgent(InputStream pipe, int replyBytes, ExecutionControlException ending) {
            this.pipe = pipe;
            this.replyBytes = replyBytes;
            this.ending = ending;
        }

        private String reply() throws RunException, EngineTerminationException, InternalException {
            try {
                pipe.readNBytes(replyBytes);
            } catch (IOException e) {
                throw new EngineTerminationException(e.toString());
            }
            if (ending instanceof RunException e) throw e;
            if (ending instanceof InternalException e) throw e;
            return "v".repeat(Crossing.MAX_VALUE_CHARS + 1);
        }

        @Override public void load(ClassBytecodes[] cbcs) { }
        @Override public void redefine(ClassBytecodes[] cbcs) { }
        @Override public String invoke(String c, String m) throws RunException, EngineTerminationException,
                InternalException { return reply(); }
        @Override public String varValue(String c, String v) throws RunException, EngineTerminationException,
                InternalException { return reply(); }
        @Override public void addToClasspath(String path) { }
        @Override public void stop() { }
        @Override public Object extensionCommand(String command, Object arg) throws RunException,
                EngineTerminationException, InternalException { return reply(); }
        @Override public void close() { }
    }

    private static final class Metered {
        final CappedOutput output;
        final MeteredControl control;
        boolean killed;

        Metered(int replyBytes, ExecutionControl.ExecutionControlException ending) {
            output = new CappedOutput(CAP, () -> killed = true);
            ReplyMeter meter = new ReplyMeter(new ByteArrayInputStream(new byte[100 * CAP]));
            control = new MeteredControl(new FakeAgent(meter, replyBytes, ending), meter, output);
        }
    }

    private static UserException longChain() {
        UserException e = null;
        for (int i = 0; i < 3 * Crossing.MAX_CHAIN; i++) {
            StackTraceElement[] frames = new StackTraceElement[2 * Crossing.MAX_FRAMES];
            Arrays.fill(frames, new StackTraceElement("C", "m", null, 1));
            UserException next = new UserException("m".repeat(2 * Crossing.MAX_MESSAGE_CHARS), "java.lang.Error", frames);
            next.initCause(e);
            e = next;
        }
        return e;
    }

    @Test
    void anExceptionReplyCountsTowardTheOutputCapToTheByte() {
        Metered atCap = new Metered(CAP, longChain());
        assertThrows(UserException.class, () -> atCap.control.invoke("C", "m"));
        assertEquals(CAP, atCap.output.total());
        assertFalse(atCap.killed, "a reply of exactly the cap is within it");

        Metered overCap = new Metered(CAP + 1, longChain());
        assertThrows(UserException.class, () -> overCap.control.invoke("C", "m"));
        assertTrue(overCap.killed, "one byte over the cap ends the run at the output limit");
    }

    @Test
    void repliesWithoutAnExceptionAreNotCharged() throws Exception {
        Metered plain = new Metered(CAP + 1, null);
        assertEquals(Crossing.MAX_VALUE_CHARS, plain.control.invoke("C", "m").length(), "the value string is cut");
        assertEquals(0, plain.output.total());
        assertFalse(plain.killed);
    }

    @Test
    void aReplyIsReadUpToItsCeilingAndNotOneByteFurther() throws Exception {
        Metered atCeiling = new Metered((int) MAX_REPLY, null);
        atCeiling.control.varValue("C", "v");
        assertFalse(atCeiling.killed);

        Metered pastCeiling = new Metered((int) MAX_REPLY + 1, null);
        assertThrows(EngineTerminationException.class, () -> pastCeiling.control.varValue("C", "v"));
        assertTrue(pastCeiling.killed, "a reply cut at its ceiling is charged, and so ends at the output limit");
    }

    @Test
    void theResultsAreLeftToTheirOwnBounds() throws Exception {
        Metered results = new Metered((int) MAX_REPLY + 1, null);
        results.control.extensionCommand(AgentMain.FETCH_OUTCOMES, null);
        assertFalse(results.killed);
        assertEquals(0, results.output.total());
    }

    @Test
    void aChainReachesJShellCutToTheCaps() {
        Metered flood = new Metered(10, longChain());
        UserException received = assertThrows(UserException.class, () -> flood.control.invoke("C", "m"));
        int links = 0;
        for (Throwable t = received; t != null; t = t.getCause()) {
            links++;
            assertTrue(t.getMessage().length() <= Crossing.MAX_MESSAGE_CHARS);
            assertTrue(t.getStackTrace().length <= Crossing.MAX_FRAMES);
        }
        assertEquals(Crossing.MAX_CHAIN, links);
    }
}
