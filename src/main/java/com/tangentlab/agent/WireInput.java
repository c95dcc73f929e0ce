package com.tangentlab.agent;

import java.nio.ByteBuffer;

/**
 * A hostile payload, read from the front. Every read checks that its bytes are there, and
 * every count is checked against the bytes that remain (count × the least size of one
 * element) before anything is allocated for it, so a decoder never holds more than a
 * small multiple of the payload it was given.
 */
final class WireInput {
    private final ByteBuffer buffer;

    WireInput(byte[] payload) {
        this.buffer = ByteBuffer.wrap(payload);
    }

    int remaining() {
        return buffer.remaining();
    }

    byte readByte(String what) throws WireFormatException {
        need(Byte.BYTES, what);
        return buffer.get();
    }

    int readInt(String what) throws WireFormatException {
        need(Integer.BYTES, what);
        return buffer.getInt();
    }

    long readLong(String what) throws WireFormatException {
        need(Long.BYTES, what);
        return buffer.getLong();
    }

    double readDouble(String what) throws WireFormatException {
        need(Double.BYTES, what);
        return buffer.getDouble();
    }

    boolean readBoolean(String what) throws WireFormatException {
        return readByte(what) != 0;
    }

    /** A count of {@code what}, each at least {@code leastBytes} long: it must fit in what remains. */
    int count(String what, int leastBytes) throws WireFormatException {
        int n = readInt("the number of " + what);
        return checked(n, what, leastBytes);
    }

    /** A count already read (a matrix row's, which may also mark a null row), checked like {@link #count}. */
    int checked(int n, String what, int leastBytes) throws WireFormatException {
        if (n < 0) throw new WireFormatException("negative number of " + what + ": " + n);
        long needed = (long) n * leastBytes;
        if (needed > remaining()) {
            throw new WireFormatException(n + " " + what + " need at least " + needed + " bytes; " + remaining()
                    + " remain");
        }
        return n;
    }

    byte[] readBytes(int n, String what) throws WireFormatException {
        need(n, what);
        byte[] bytes = new byte[n];
        buffer.get(bytes);
        return bytes;
    }

    /** The payload must end here. */
    void end(String what) throws WireFormatException {
        if (remaining() > 0) throw new WireFormatException(remaining() + " bytes left over after " + what);
    }

    private void need(int bytes, String what) throws WireFormatException {
        if (remaining() < bytes) {
            throw new WireFormatException("truncated: " + what + " needs " + bytes + " bytes; " + remaining() + " remain");
        }
    }
}
