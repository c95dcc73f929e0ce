package com.tangentlab.agent;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The framing on the agent's stdin and stdout: each frame is a channel byte, a length and
 * the bytes. Channel {@link #PROTOCOL} carries the JShell execution protocol both ways;
 * {@link #OUTPUT} carries what the student's code prints, from the agent only. Frames are
 * large, so a million-entry result crosses in a few hundred writes.
 */
public final class Frames {
    public static final int PROTOCOL = 0;
    public static final int OUTPUT = 1;
    /** Largest frame payload, bytes; a reader refuses anything larger. */
    public static final int MAX_FRAME = 1 << 16;
    /** Protocol frames buffered between a frame reader and the protocol reader. */
    public static final int PIPE_FRAMES = 512;

    private Frames() {}

    /** Receives the payload of each frame read. */
    public interface Sink {
        void accept(int channel, byte[] payload, int length) throws IOException, InterruptedException;
    }

    /** Writes frames of one channel; writers of several channels share one lock. */
    public static final class Writer extends OutputStream {
        private final int channel;
        private final DataOutputStream out;

        public Writer(int channel, DataOutputStream out) {
            this.channel = channel;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            synchronized (out) {
                while (length > 0) {
                    int size = Math.min(MAX_FRAME, length);
                    out.writeByte(channel);
                    out.writeInt(size);
                    out.write(bytes, offset, size);
                    offset += size;
                    length -= size;
                }
                out.flush();
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (out) {
                out.flush();
            }
        }
    }

    /**
     * Reads frames on a thread of its own until the stream ends or breaks: protocol bytes go to
     * {@code protocol}, which is ended afterwards, and output bytes to {@code output}.
     */
    public static void pump(String threadName, InputStream raw, ChunkPipe protocol, OutputStream output) {
        Thread reader = new Thread(() -> {
            try {
                read(raw, (channel, payload, length) -> {
                    if (channel == PROTOCOL) protocol.offer(payload, length);
                    else output.write(payload, 0, length);
                });
            } catch (IOException e) {
                // A closed, broken or malformed pipe ends the protocol: the reader of the pipe sees
                // its end, and whoever drives the protocol asks the other side what happened.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                endQuietly(protocol);
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private static void endQuietly(ChunkPipe pipe) {
        try {
            pipe.end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads frames until the stream ends, handing each to {@code sink}; a malformed frame ends it too. */
    public static void read(InputStream raw, Sink sink) throws IOException, InterruptedException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, MAX_FRAME));
        byte[] payload = new byte[MAX_FRAME];
        for (int channel = in.read(); channel >= 0; channel = in.read()) {
            int length = in.readInt();
            if (length < 0 || length > MAX_FRAME) throw new IOException("malformed frame of length " + length);
            in.readFully(payload, 0, length);
            sink.accept(channel, payload, length);
        }
    }
}
