package com.tangentlab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Counts what a submission prints, on the trusted side, and the exception text it sends
 * back (charged, not kept). Past the cap it stops keeping bytes and calls
 * {@code onExceeded} once, which kills the agent.
 */
final class CappedOutput extends OutputStream {
    private final long capBytes;
    private final Runnable onExceeded;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;
    private boolean exceeded;

    CappedOutput(long capBytes, Runnable onExceeded) {
        this.capBytes = capBytes;
        this.onExceeded = onExceeded;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        long room = Math.max(0, capBytes - total);
        kept.write(bytes, offset, (int) Math.min(room, length));
        charge(length);
    }

    /** Counts {@code bytes} that crossed from the agent as something other than printed text. */
    synchronized void charge(long bytes) {
        total += bytes;
        if (total > capBytes && !exceeded) {
            exceeded = true;
            onExceeded.run();
        }
    }

    long capBytes() {
        return capBytes;
    }

    synchronized long total() {
        return total;
    }

    synchronized boolean exceeded() {
        return exceeded;
    }

    synchronized String text() {
        return kept.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
