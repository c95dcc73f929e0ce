package com.tangentlab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts one agent JVM inside its walls: prlimit sets the rlimits and
 * execs the rest; as root, setpriv then becomes the agent's own uid with no capabilities and
 * no_new_privs; bubblewrap, now unprivileged, builds the agent's world ({@link Bubblewrap}) and
 * runs the JVM in it. bwrap stays as the process the pool holds, and passes on the JVM's exit
 * status (128 + signal for a signal, so SIGXCPU stays recognisable); killing it, or every
 * process of the agent's uid, takes down everything the submission started.
 */
final class AgentCommand {
    private static final String MAIN_CLASS = "com.tangentlab.agent.AgentMain";

    private AgentCommand() {}

    static List<String> build(Host host, AgentLimits limits, AgentClassPath agent, AgentRoot root, Path workDir,
            int uid) {
        List<String> jvm = java(limits, agent.jar(), workDir, "-XX:SharedArchiveFile=" + agent.archive());
        return wrap(host, limits, root, workDir, uid, jvm);
    }

    /** {@code inner} inside the walls {@code host} allows, with the agent's rlimits. */
    static List<String> wrap(Host host, AgentLimits limits, AgentRoot root, Path workDir, int uid, List<String> inner) {
        Isolation isolation = host.isolation();
        List<String> command = new ArrayList<>(host.hasPrlimit() ? rlimits(isolation, limits) : List.of());
        switch (isolation) {
            case FULL -> {
                command.addAll(dropToUid(uid));
                command.addAll(Bubblewrap.walls(root, workDir));
            }
            case USER_NAMESPACE -> command.addAll(Bubblewrap.walls(root, workDir));
            case NONE -> command.addAll(List.of("env", "-i"));
        }
        command.addAll(inner);
        return command;
    }

    /**
     * Root becomes the agent's uid before bwrap starts, so bwrap runs unprivileged and the agent
     * owns nothing of root's, even mapped inside its namespace; the bounding set goes too.
     */
    private static List<String> dropToUid(int uid) {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs",
                "--inh-caps=-all", "--bounding-set=-all", "--");
    }

    private static List<String> rlimits(Isolation isolation, AgentLimits limits) {
        List<String> prlimit = new ArrayList<>(List.of("prlimit",
                "--as=" + limits.addressSpaceMb() * 1024L * 1024L,
                "--cpu=" + limits.cpuSeconds() + ":" + (limits.cpuSeconds() + 1),
                "--fsize=" + limits.fileBytes(),
                "--nofile=" + limits.openFiles(),
                "--core=0"));
        // RLIMIT_NPROC counts every task of a uid, so it only means something for a private uid.
        if (isolation == Isolation.FULL) prlimit.add("--nproc=" + limits.threads());
        prlimit.add("--");
        return prlimit;
    }

    /**
     * The agent's JVM command. {@code sharing} names the class-data archive to use or to write:
     * mapping the agent's classes from an archive saves a good part of every start.
     */
    static List<String> java(AgentLimits limits, Path agentJar, Path workDir, String sharing) {
        Path javaBin = AgentRoot.javaHome().resolve("bin").resolve("java");
        return List.of(javaBin.toString(),
                sharing,
                "-Xmx" + limits.heapMb() + "m",
                "-Xms16m",
                "-Xss" + limits.stackKb() + "k",
                "-XX:MaxMetaspaceSize=" + limits.metaspaceMb() + "m",
                "-XX:CompressedClassSpaceSize=32m",
                "-XX:ReservedCodeCacheSize=32m",
                "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:-UsePerfData",
                "-XX:ErrorFile=/dev/null",
                "-Xlog:disable",
                "-Xshare:auto",
                "-Djava.io.tmpdir=" + workDir,
                "-Duser.home=" + workDir,
                "-cp", agentJar.toString(),
                MAIN_CLASS);
    }
}
