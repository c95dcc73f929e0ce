package com.tangentlab.check;

import com.tangentlab.sandbox.AgentLimits;
import java.time.Duration;

/** The messages a student reads when a submission hits a limit, each naming the limit. */
record AgentLimitsText(AgentLimits limits, Duration timeLimit) {
    String wallClock() {
        return "time limit: the code and its tests did not finish within " + timeLimit.toMillis() + " ms (top-level"
                + " statements and tests share this time). Look for an endless loop, or for work repeated far more"
                + " often than needed";
    }

    String cpu() {
        return "CPU time limit: the program used more than " + limits.cpuSeconds() + " s of processor time";
    }

    String memory() {
        return "memory limit: the program needed more than the " + limits.heapMb() + " MiB of memory it may use. "
                + "Look for very large arrays or collections that keep growing";
    }

    String output() {
        return "output limit: the program printed more than " + limits.outputBytes() + " bytes (the text of exceptions"
                + " thrown outside the tests counts too). Remove debugging output inside loops";
    }
}
