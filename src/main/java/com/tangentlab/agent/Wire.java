package com.tangentlab.agent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary encoding of {@link Value}s on the sandbox protocol. The decoder treats its
 * input as hostile: every length is checked against the bytes that remain before anything
 * is allocated for it (see {@link WireInput}), so a forged payload fails with a
 * {@link WireFormatException} naming what was wrong instead of exhausting memory. The format
 * has no recursive value, so nesting is bounded by the format itself: a payload holds
 * outcomes, an outcome one value, and the deepest value is a matrix of rows of doubles.
 */
public final class Wire {
    static final byte NUM = 1, INT = 2, FLAG = 3, TEXT = 4, VEC = 5, MAT = 6, FN = 7, NULL = 8, THREW = 9;
    private static final int NULL_ROW = -1;
    /** Largest string accepted from the agent, in UTF-8 bytes. */
    static final int MAX_TEXT_BYTES = 4096;
    /** The least bytes of an encoded value (its tag), of an outcome (a tag and a count) and of a case (a count). */
    private static final int LEAST_VALUE_BYTES = 1;
    private static final int LEAST_OUTCOME_BYTES = LEAST_VALUE_BYTES + Integer.BYTES;
    private static final int LEAST_CASE_BYTES = Integer.BYTES;

    private Wire() {}

    /** One test's outcome inside the agent: its value and how often each function input was called. */
    public record Outcome(Value value, long[] calls) {}

    public static byte[] encodeCases(List<List<Value>> cases) {
        return write(out -> {
            out.writeInt(cases.size());
            for (List<Value> args : cases) {
                out.writeInt(args.size());
                for (Value v : args) writeValue(out, v);
            }
        });
    }

    public static List<List<Value>> decodeCases(byte[] bytes) throws WireFormatException {
        WireInput in = new WireInput(bytes);
        int n = in.count("cases", LEAST_CASE_BYTES);
        List<List<Value>> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = in.count("arguments", LEAST_VALUE_BYTES);
            List<Value> args = new ArrayList<>(k);
            for (int j = 0; j < k; j++) args.add(readValue(in));
            cases.add(args);
        }
        in.end("the cases");
        return cases;
    }

    public static byte[] encodeOutcomes(List<Outcome> outcomes) {
        return write(out -> {
            out.writeInt(outcomes.size());
            for (Outcome o : outcomes) {
                writeValue(out, o.value());
                out.writeInt(o.calls().length);
                for (long c : o.calls()) out.writeLong(c);
            }
        });
    }

    public static List<Outcome> decodeOutcomes(byte[] bytes) throws WireFormatException {
        WireInput in = new WireInput(bytes);
        int n = in.count("outcomes", LEAST_OUTCOME_BYTES);
        List<Outcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Value v = readValue(in);
            long[] calls = new long[in.count("call counts", Long.BYTES)];
            for (int j = 0; j < calls.length; j++) calls[j] = in.readLong("a call count");
            outcomes.add(new Outcome(v, calls));
        }
        in.end("the outcomes");
        return outcomes;
    }

    private interface Writer { void write(DataOutputStream out) throws IOException; }

    private static byte[] write(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(DataOutputStream out, Value value) throws IOException {
        if (value instanceof Value.Num v) { out.writeByte(NUM); out.writeDouble(v.value()); }
        else if (value instanceof Value.Int v) { out.writeByte(INT); out.writeLong(v.value()); }
        else if (value instanceof Value.Flag v) { out.writeByte(FLAG); out.writeBoolean(v.value()); }
        else if (value instanceof Value.Text v) { out.writeByte(TEXT); writeText(out, v.value()); }
        else if (value instanceof Value.Vec v) { out.writeByte(VEC); writeDoubles(out, v.values()); }
        else if (value instanceof Value.Mat v) { out.writeByte(MAT); writeRows(out, v.rows()); }
        else if (value instanceof Value.Fn v) {
            out.writeByte(FN);
            writeText(out, v.name());
            out.writeInt(v.dims().length);
            for (int d : v.dims()) out.writeInt(d);
            writeDoubles(out, v.params());
        }
        else if (value instanceof Value.Null) out.writeByte(NULL);
        else if (value instanceof Value.Threw v) { out.writeByte(THREW); writeText(out, v.exceptionClass()); }
        else throw new IllegalArgumentException("unknown value " + value);
    }

    private static Value readValue(WireInput in) throws WireFormatException {
        byte tag = in.readByte("a value's tag");
        switch (tag) {
            case NUM: return new Value.Num(in.readDouble("a number"));
            case INT: return new Value.Int(in.readLong("an integer"));
            case FLAG: return new Value.Flag(in.readBoolean("a flag"));
            case TEXT: return new Value.Text(readText(in));
            case VEC: return new Value.Vec(readDoubles(in));
            case MAT: return new Value.Mat(readRows(in));
            case FN: {
                String name = readText(in);
                int[] dims = new int[in.count("dimensions", Integer.BYTES)];
                for (int i = 0; i < dims.length; i++) dims[i] = in.readInt("a dimension");
                return new Value.Fn(name, dims, readDoubles(in));
            }
            case NULL: return new Value.Null();
            case THREW: return new Value.Threw(readText(in));
            default: throw new WireFormatException("unknown value tag " + tag);
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(utf8.length, MAX_TEXT_BYTES);
        out.writeInt(n);
        out.write(utf8, 0, n);
    }

    private static String readText(WireInput in) throws WireFormatException {
        int n = in.count("text bytes", Byte.BYTES);
        if (n > MAX_TEXT_BYTES) throw new WireFormatException(n + " text bytes exceed the " + MAX_TEXT_BYTES + " allowed");
        return new String(in.readBytes(n, "a text"), StandardCharsets.UTF_8);
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double d : values) out.writeDouble(d);
    }

    private static double[] readDoubles(WireInput in) throws WireFormatException {
        return readDoubles(in, in.count("doubles", Double.BYTES));
    }

    private static double[] readDoubles(WireInput in, int n) throws WireFormatException {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = in.readDouble("a double");
        return values;
    }

    private static void writeRows(DataOutputStream out, double[][] rows) throws IOException {
        out.writeInt(rows.length);
        for (double[] row : rows) {
            if (row == null) out.writeInt(NULL_ROW);
            else writeDoubles(out, row);
        }
    }

    /** Each row is its length (or {@link #NULL_ROW}) and its doubles: a nested value would be read as a length. */
    private static double[][] readRows(WireInput in) throws WireFormatException {
        double[][] rows = new double[in.count("rows", Integer.BYTES)][];
        for (int i = 0; i < rows.length; i++) {
            int length = in.readInt("a row's length");
            if (length == NULL_ROW) continue;
            rows[i] = readDoubles(in, in.checked(length, "doubles", Double.BYTES));
        }
        return rows;
    }
}
