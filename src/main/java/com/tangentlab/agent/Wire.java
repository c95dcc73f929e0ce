package com.tangentlab.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary encoding of {@link Value}s on the sandbox protocol. The decoder treats its
 * input as hostile: every length is checked against the bytes that remain, so a forged
 * payload fails with an {@link IOException} instead of exhausting memory.
 */
public final class Wire {
    private static final byte NUM = 1, INT = 2, FLAG = 3, TEXT = 4, VEC = 5, MAT = 6, FN = 7, NULL = 8, THREW = 9;
    private static final int NULL_ROW = -1;
    /** Largest string accepted from the agent, in UTF-8 bytes. */
    private static final int MAX_TEXT_BYTES = 4096;

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

    public static List<List<Value>> decodeCases(byte[] bytes) throws IOException {
        DataInputStream in = reader(bytes);
        int n = count(in, bytes.length);
        List<List<Value>> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = count(in, bytes.length);
            List<Value> args = new ArrayList<>(k);
            for (int j = 0; j < k; j++) args.add(readValue(in, bytes.length));
            cases.add(args);
        }
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

    public static List<Outcome> decodeOutcomes(byte[] bytes) throws IOException {
        DataInputStream in = reader(bytes);
        int n = count(in, bytes.length);
        List<Outcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Value v = readValue(in, bytes.length);
            long[] calls = new long[count(in, bytes.length)];
            for (int j = 0; j < calls.length; j++) calls[j] = in.readLong();
            outcomes.add(new Outcome(v, calls));
        }
        if (in.available() > 0) throw new IOException("trailing bytes after results");
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

    private static DataInputStream reader(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** A count or length, which can never exceed the number of bytes in the payload. */
    private static int count(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) throw new IOException("implausible length " + n);
        return n;
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

    private static Value readValue(DataInputStream in, int limit) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NUM: return new Value.Num(in.readDouble());
            case INT: return new Value.Int(in.readLong());
            case FLAG: return new Value.Flag(in.readBoolean());
            case TEXT: return new Value.Text(readText(in));
            case VEC: return new Value.Vec(readDoubles(in, limit));
            case MAT: return new Value.Mat(readRows(in, limit));
            case FN: {
                String name = readText(in);
                int[] dims = new int[count(in, limit)];
                for (int i = 0; i < dims.length; i++) dims[i] = in.readInt();
                return new Value.Fn(name, dims, readDoubles(in, limit));
            }
            case NULL: return new Value.Null();
            case THREW: return new Value.Threw(readText(in));
            default: throw new IOException("unknown value tag " + tag);
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(utf8.length, MAX_TEXT_BYTES);
        out.writeInt(n);
        out.write(utf8, 0, n);
    }

    private static String readText(DataInputStream in) throws IOException {
        int n = count(in, MAX_TEXT_BYTES);
        byte[] utf8 = in.readNBytes(n);
        if (utf8.length != n) throw new IOException("truncated text");
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double d : values) out.writeDouble(d);
    }

    private static double[] readDoubles(DataInputStream in, int limit) throws IOException {
        int n = count(in, limit / Double.BYTES);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = in.readDouble();
        return values;
    }

    private static void writeRows(DataOutputStream out, double[][] rows) throws IOException {
        out.writeInt(rows.length);
        for (double[] row : rows) {
            if (row == null) out.writeInt(NULL_ROW);
            else writeDoubles(out, row);
        }
    }

    private static double[][] readRows(DataInputStream in, int limit) throws IOException {
        double[][] rows = new double[count(in, limit)][];
        for (int i = 0; i < rows.length; i++) {
            in.mark(Integer.BYTES);
            if (in.readInt() == NULL_ROW) continue;
            in.reset();
            rows[i] = readDoubles(in, limit);
        }
        return rows;
    }
}
