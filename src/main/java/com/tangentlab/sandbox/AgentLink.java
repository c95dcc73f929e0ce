package com.tangentlab.sandbox;

import com.tangentlab.agent.ChunkPipe;
import com.tangentlab.agent.Frames;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.spi.ExecutionControl;

/**
 * The trusted end of the pipe to an agent: protocol frames go to JShell's execution control,
 * output frames to the capped student stream. What the agent sends is read here, on the
 * trusted side, so a frame can never be larger than {@link Frames#MAX_FRAME}.
 */
final class AgentLink {
    private AgentLink() {}

    static ExecutionControl connect(AgentProcess agent, OutputStream studentOutput) throws IOException {
        ChunkPipe replies = new ChunkPipe(Frames.PIPE_FRAMES);
        Thread reader = new Thread(() -> demultiplex(agent.protocolIn(), replies, studentOutput),
                "agent-link-" + agent.pid());
        reader.setDaemon(true);
        reader.start();
        ObjectOutputStream commands = new ObjectOutputStream(
                new Frames.Writer(Frames.PROTOCOL, new DataOutputStream(agent.protocolOut())));
        commands.flush();
        return new StreamingExecutionControl(commands, new ObjectInputStream(replies));
    }

    private static void demultiplex(InputStream raw, ChunkPipe replies, OutputStream studentOutput) {
        try {
            Frames.read(raw, (channel, payload, length) -> {
                if (channel == Frames.PROTOCOL) replies.offer(payload, length);
                else studentOutput.write(payload, 0, length);
            });
        } catch (IOException e) {
            // A closed, broken or malformed pipe means the agent is gone or misbehaving: JShell sees
            // the ended stream as a terminated engine, and the judge then asks the process why.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                replies.end();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
