package com.tangentlab.sandbox;

import com.tangentlab.config.Settings;

/**
 * The resource limits of one agent JVM, each with its unit in its name.
 *
 * @param heapMb          -Xmx, MiB
 * @param stackKb         -Xss, KiB
 * @param metaspaceMb     -XX:MaxMetaspaceSize, MiB
 * @param addressSpaceMb  RLIMIT_AS, MiB
 * @param threads         RLIMIT_NPROC for the agent's own uid (threads count)
 * @param cpuSeconds      RLIMIT_CPU, s
 * @param fileBytes       RLIMIT_FSIZE, bytes
 * @param openFiles       RLIMIT_NOFILE
 * @param outputBytes     student stdout + stderr, counted on the trusted side, bytes
 */
public record AgentLimits(int heapMb, int stackKb, int metaspaceMb, int addressSpaceMb, int threads, int cpuSeconds,
        long fileBytes, int openFiles, long outputBytes) {

    public static AgentLimits from(Settings s) {
        return new AgentLimits(s.agentHeapMb(), s.agentStackKb(), 64, s.agentAddressSpaceMb(), s.agentThreads(),
                s.agentCpuSeconds(), s.agentFileBytes(), 64, s.outputBytes());
    }
}
