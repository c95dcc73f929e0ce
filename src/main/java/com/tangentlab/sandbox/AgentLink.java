package com.tangentlab.sandbox;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.spi.ExecutionControl;

/**
 * The trusted end of the pipe to an agent. The agent multiplexes its protocol replies and
 * the student's output onto stdout in small named packets; this link splits them again,
 * sending output to the capped student stream and protocol bytes to JShell through a large
 * buffer (the JDK's own pipe hands them over one byte at a time, too slowly for a
 * million-entry result).
 */
final class AgentLink {
    private static final String COMMAND = "$command";
    /** Largest payload of one packet, as the agent's multiplexer writes them. */
    private static final int MAX_PACKET = 255;
    /** Chunks buffered between the link's reader and JShell: about 1 MiB. */
    private static final int PIPE_CHUNKS = 4096;

    private AgentLink() {}

    static ExecutionControl connect(AgentProcess agent, OutputStream studentOutput) throws IOException {
        ChunkPipe replies = new ChunkPipe(PIPE_CHUNKS);
        Thread reader = new Thread(() -> demultiplex(agent.protocolIn(), replies, studentOutput),
                "agent-link-" + agent.pid());
        reader.setDaemon(true);
        reader.start();
        ObjectOutputStream commands = new ObjectOutputStream(new PacketWriter(agent.protocolOut()));
        commands.flush();
        return new StreamingExecutionControl(commands, new ObjectInputStream(replies));
    }

    private static void demultiplex(InputStream raw, ChunkPipe replies, OutputStream studentOutput) {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        byte[] data = new byte[MAX_PACKET];
        try {
            for (int nameLength = in.read(); nameLength >= 0; nameLength = in.read()) {
                byte[] name = in.readNBytes(nameLength);
                int length = in.readUnsignedByte();
                in.readFully(data, 0, length);
                if (COMMAND.equals(new String(name, StandardCharsets.UTF_8))) replies.offer(data, length);
                else studentOutput.write(data, 0, length);
            }
        } catch (IOException e) {
            // A closed or broken pipe means the agent is gone: JShell sees the ended stream as a
            // terminated engine, and the judge then asks the process why it died.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            endQuietly(replies);
        }
    }

    private static void endQuietly(ChunkPipe replies) {
        try {
            replies.end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Frames protocol bytes the way the agent's demultiplexer expects them. */
    private static final class PacketWriter extends OutputStream {
        private static final byte[] NAME = COMMAND.getBytes(StandardCharsets.UTF_8);
        private final OutputStream out;

        PacketWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int size = Math.min(127, length);
                byte[] packet = new byte[NAME.length + 2 + size];
                packet[0] = (byte) NAME.length;
                System.arraycopy(NAME, 0, packet, 1, NAME.length);
                packet[NAME.length + 1] = (byte) size;
                System.arraycopy(bytes, offset, packet, NAME.length + 2, size);
                out.write(packet);
                offset += size;
                length -= size;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
