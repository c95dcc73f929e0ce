package com.tangentlab.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The result encoding: values survive a round trip, and forged frames are refused by name, cheaply. */
class WireTest {

    @Test
    void everyKindOfValueSurvivesARoundTrip() throws IOException {
        List<Wire.Outcome> outcomes = List.of(
                new Wire.Outcome(new Value.Num(1.5), new long[] {2}),
                new Wire.Outcome(new Value.Vec(new double[] {1, Double.NaN}), new long[0]),
                new Wire.Outcome(new Value.Mat(new double[][] {{1, 2}, null, {3}}), new long[0]),
                new Wire.Outcome(new Value.Text("é∂"), new long[0]),
                new Wire.Outcome(new Value.Flag(true), new long[0]),
                new Wire.Outcome(new Value.Int(-4), new long[0]),
                new Wire.Outcome(new Value.Null(), new long[0]),
                new Wire.Outcome(new Value.Threw("java.lang.ArithmeticException"), new long[0]));
        List<Wire.Outcome> decoded = Wire.decodeOutcomes(Wire.encodeOutcomes(outcomes));
        assertEquals(outcomes.size(), decoded.size());
        for (int i = 0; i < outcomes.size(); i++) {
            assertEquals(outcomes.get(i).value(), decoded.get(i).value());
            assertArrayEquals(outcomes.get(i).calls(), decoded.get(i).calls());
        }
    }

    /** Bytes a decoder may allocate beyond the frame it is given: the exception and its message. */
    private static final long ALLOCATION_SLACK_BYTES = 64 * 1024;
    private static final int FAT_FRAME_BYTES = 256 * 1024;

    private interface Encoder { void write(DataOutputStream out) throws IOException; }

    private interface Decoder { void decode(byte[] frame) throws IOException; }

    private static byte[] frame(Encoder encoder) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                encoder.write(out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One outcome whose value starts with {@code tag}, followed by {@code rest}. */
    private static byte[] oneOutcome(byte tag, Encoder rest) {
        return frame(out -> {
            out.writeInt(1);
            out.writeByte(tag);
            rest.write(out);
        });
    }

    private static final Decoder OUTCOMES = Wire::decodeOutcomes;
    private static final Decoder CASES = Wire::decodeCases;

    static Stream<Arguments> forgedFrames() {
        byte[] valid = Wire.encodeOutcomes(List.of(new Wire.Outcome(new Value.Num(1), new long[0])));
        return Stream.of(
                Arguments.of("an empty frame", OUTCOMES, new byte[0],
                        "truncated: the number of outcomes needs 4 bytes; 0 remain"),
                Arguments.of("a frame that ends inside its first count", OUTCOMES, new byte[] {0, 0},
                        "truncated: the number of outcomes needs 4 bytes; 2 remain"),
                Arguments.of("a negative number of outcomes", OUTCOMES, frame(out -> out.writeInt(-1)),
                        "negative number of outcomes: -1"),
                Arguments.of("Integer.MAX_VALUE outcomes in four bytes", OUTCOMES,
                        frame(out -> out.writeInt(Integer.MAX_VALUE)),
                        "2147483647 outcomes need at least 10737418235 bytes; 0 remain"),
                Arguments.of("2^31 - 1 doubles claimed by a 20-byte frame", OUTCOMES,
                        oneOutcome(Wire.VEC, out -> {
                            out.writeInt(Integer.MAX_VALUE);
                            out.write(new byte[11]);
                        }),
                        "2147483647 doubles need at least 17179869176 bytes; 11 remain"),
                Arguments.of("a negative vector length", OUTCOMES, oneOutcome(Wire.VEC, out -> out.writeInt(-5)),
                        "negative number of doubles: -5"),
                Arguments.of("a vector one double longer than the frame", OUTCOMES, oneOutcome(Wire.VEC, out -> {
                    out.writeInt(3);
                    out.writeDouble(1);
                    out.writeDouble(2);
                }), "3 doubles need at least 24 bytes; 16 remain"),
                Arguments.of("Integer.MAX_VALUE rows", OUTCOMES, oneOutcome(Wire.MAT, out -> out.writeInt(Integer.MAX_VALUE)),
                        "2147483647 rows need at least 8589934588 bytes; 0 remain"),
                Arguments.of("a row claiming 2^31 - 1 doubles", OUTCOMES, oneOutcome(Wire.MAT, out -> {
                    out.writeInt(1);
                    out.writeInt(Integer.MAX_VALUE);
                }), "2147483647 doubles need at least 17179869176 bytes; 0 remain"),
                Arguments.of("a negative row length that does not mark a null row", OUTCOMES, oneOutcome(Wire.MAT, out -> {
                    out.writeInt(1);
                    out.writeInt(-2);
                }), "negative number of doubles: -2"),
                Arguments.of("a matrix nested in a matrix's row", OUTCOMES, oneOutcome(Wire.MAT, out -> {
                    out.writeInt(1);
                    out.writeByte(Wire.MAT);
                    out.writeInt(1);
                    out.writeInt(0);
                }), "100663296 doubles need at least 805306368 bytes; 5 remain"),
                Arguments.of("call counts as many as the frame's bytes", OUTCOMES, frame(out -> {
                    out.writeInt(1);
                    out.writeByte(Wire.NULL);
                    out.writeInt(FAT_FRAME_BYTES);
                    out.write(new byte[FAT_FRAME_BYTES - 9]);
                }), "262144 call counts need at least 2097152 bytes; 262135 remain"),
                Arguments.of("a text longer than any allowed", OUTCOMES, oneOutcome(Wire.TEXT, out -> {
                    out.writeInt(Wire.MAX_TEXT_BYTES + 1);
                    out.write(new byte[Wire.MAX_TEXT_BYTES + 1]);
                }), "4097 text bytes exceed the 4096 allowed"),
                Arguments.of("a text that runs past the end", OUTCOMES, oneOutcome(Wire.TEXT, out -> {
                    out.writeInt(10);
                    out.write(new byte[3]);
                }), "10 text bytes need at least 10 bytes; 3 remain"),
                Arguments.of("a function with Integer.MAX_VALUE dimensions", OUTCOMES, oneOutcome(Wire.FN, out -> {
                    out.writeInt(1);
                    out.writeByte('f');
                    out.writeInt(Integer.MAX_VALUE);
                }), "2147483647 dimensions need at least 8589934588 bytes; 0 remain"),
                Arguments.of("a number cut short", OUTCOMES, oneOutcome(Wire.NUM, out -> out.write(new byte[5])),
                        "truncated: a number needs 8 bytes; 5 remain"),
                Arguments.of("an unknown tag", OUTCOMES, oneOutcome((byte) 42, out -> out.writeInt(0)),
                        "unknown value tag 42"),
                Arguments.of("a byte after the last outcome", OUTCOMES, Arrays.copyOf(valid, valid.length + 1),
                        "1 bytes left over after the outcomes"),
                Arguments.of("a valid frame cut short", OUTCOMES, Arrays.copyOf(valid, valid.length - 3),
                        "truncated: the number of call counts needs 4 bytes; 1 remain"),
                Arguments.of("cases with Integer.MAX_VALUE arguments", CASES, frame(out -> {
                    out.writeInt(1);
                    out.writeInt(Integer.MAX_VALUE);
                }), "2147483647 arguments need at least 2147483647 bytes; 0 remain"));
    }

    @BeforeAll
    static void loadTheDecoder() throws IOException {
        Wire.decodeOutcomes(Wire.encodeOutcomes(List.of(new Wire.Outcome(new Value.Mat(new double[][] {{1}}), new long[1]))));
        assertThrows(WireFormatException.class, () -> Wire.decodeOutcomes(new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedFrames")
    void aForgedFrameIsRefusedByNameWithoutAllocatingMoreThanItsSize(String name, Decoder decoder, byte[] frame,
            String message) {
        WireFormatException refused = assertThrows(WireFormatException.class, () -> decoder.decode(frame), name);
        assertEquals(message, refused.getMessage(), name);
        // Measured on a second decode: the first also links the message's string concatenation, once per JVM.
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(WireFormatException.class, () -> decoder.decode(frame), name);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated <= frame.length + ALLOCATION_SLACK_BYTES, () -> name + ": decoding a frame of "
                + frame.length + " bytes allocated " + allocated + " bytes");
    }

    @Test
    void nullRowsAndEmptyRowsAreNotForgeries() throws IOException {
        Value.Mat ragged = new Value.Mat(new double[][] {null, {}, {1}});
        List<Wire.Outcome> decoded = Wire.decodeOutcomes(Wire.encodeOutcomes(List.of(new Wire.Outcome(ragged, new long[0]))));
        assertEquals(ragged, decoded.get(0).value());
    }
}
