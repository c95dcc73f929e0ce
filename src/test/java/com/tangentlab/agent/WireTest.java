package com.tangentlab.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result encoding: values survive a round trip, and forged payloads fail cleanly. */
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

    @Test
    void aLengthLargerThanThePayloadIsRefusedBeforeAnythingIsAllocated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(1);
            out.writeByte(5);
            out.writeInt(Integer.MAX_VALUE);
        }
        assertThrows(IOException.class, () -> Wire.decodeOutcomes(bytes.toByteArray()));
    }

    @Test
    void truncatedOrTrailingBytesAreRefused() {
        byte[] valid = Wire.encodeOutcomes(List.of(new Wire.Outcome(new Value.Num(1), new long[0])));
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length - 3);
        byte[] trailing = java.util.Arrays.copyOf(valid, valid.length + 1);
        assertThrows(IOException.class, () -> Wire.decodeOutcomes(truncated));
        assertThrows(IOException.class, () -> Wire.decodeOutcomes(trailing));
    }
}
