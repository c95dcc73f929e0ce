package com.tangentlab.sandbox;

import com.tangentlab.agent.ChunkPipe;
import com.tangentlab.agent.Frames;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.spi.ExecutionControl;

/**
 * The trusted end of the pipe to an agent: protocol frames go to JShell's execution control,
 * metered (see {@link MeteredControl}), output frames to the capped student stream. What the
 * agent sends is read here, on the trusted side, so a frame can never be larger than
 * {@link Frames#MAX_FRAME}.
 */
final class AgentLink {
    private AgentLink() {}

    static ExecutionControl connect(AgentProcess agent, CappedOutput studentOutput) throws IOException {
        ChunkPipe replies = new ChunkPipe(Frames.PIPE_FRAMES);
        Frames.pump("agent-link-" + agent.pid(), agent.protocolIn(), replies, studentOutput);
        ObjectOutputStream commands = new ObjectOutputStream(
                new Frames.Writer(Frames.PROTOCOL, new DataOutputStream(agent.protocolOut())));
        commands.flush();
        ReplyMeter meter = new ReplyMeter(replies);
        return new MeteredControl(new StreamingExecutionControl(commands, new ObjectInputStream(meter)), meter,
                studentOutput);
    }
}
