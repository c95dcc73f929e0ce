package com.tangentlab.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A bounded hand-over of byte chunks from the thread that reads a pipe's frames to the thread
 * that reads the protocol. Bounded, so a side that floods the protocol blocks itself, not the
 * other side's heap.
 */
public final class ChunkPipe extends InputStream {
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> chunks;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    public ChunkPipe(int capacityChunks) {
        this.chunks = new ArrayBlockingQueue<>(capacityChunks);
    }

    public void offer(byte[] data, int length) throws InterruptedException {
        chunks.put(Arrays.copyOf(data, length));
    }

    public void end() throws InterruptedException {
        chunks.put(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return current.length - position;
    }

    private boolean fill() throws IOException {
        while (!ended && position >= current.length) {
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading from the agent");
            }
            position = 0;
            if (current == END) ended = true;
        }
        return !ended;
    }
}
