package com.tangentlab.sandbox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the protocol bytes the trusted side reads from an agent, and, while a reply is being
 * read, refuses to read past that reply's ceiling: a forged reply fails after at most the
 * ceiling's bytes instead of being deserialised whole.
 */
final class ReplyMeter extends FilterInputStream {
    private long count;
    private long ceiling = Long.MAX_VALUE;
    private long maxBytes;
    private boolean overflowed;

    ReplyMeter(InputStream in) {
        super(in);
    }

    /** Starts a reply of at most {@code maxBytes}; returns the count it starts at. */
    synchronized long begin(long maxBytes) {
        this.maxBytes = maxBytes;
        ceiling = count + maxBytes;
        overflowed = false;
        return count;
    }

    /** Ends the reply begun last: reading is unbounded again (the results have bounds of their own). */
    synchronized void end() {
        ceiling = Long.MAX_VALUE;
    }

    synchronized long count() {
        return count;
    }

    /** Whether the reply begun last tried to go past its ceiling. */
    synchronized boolean overflowed() {
        return overflowed;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        int allowed = (int) Math.min(length, room());
        int n = super.read(buffer, offset, allowed);
        if (n > 0) counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, room()));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private synchronized long room() throws IOException {
        if (count >= ceiling) {
            overflowed = true;
            throw new IOException("a reply from the agent is longer than " + maxBytes + " bytes");
        }
        return ceiling - count;
    }

    private synchronized void counted(long n) {
        count += n;
    }
}
