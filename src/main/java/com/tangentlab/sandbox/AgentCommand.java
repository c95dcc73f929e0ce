package com.tangentlab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts one agent JVM inside its walls. The shell script runs as
 * root inside the new namespaces, hides what the agent must not see, then drops to the
 * agent's own uid and starts the JVM. The script stays as process 1 of the pid namespace
 * and passes on the JVM's exit status (128 + signal for a signal, which unshare itself
 * cannot re-raise for SIGXCPU); killing it takes down everything the submission started.
 */
final class AgentCommand {
    private static final String MAIN_CLASS = "com.tangentlab.agent.AgentMain";

    /** Hides the folders, then drops privileges; "$@" is the prlimit + java command. */
    private static final String FULL_SCRIPT = """
            set -e
            work="$1"; uid="$2"; hidden="$3"; shift 3
            mount --make-rprivate /
            mount --bind "$work" "$work"
            mount -o remount,bind,ro /
            for d in $hidden; do mount -t tmpfs -o ro,size=4k,mode=0555 tangentlab-hidden "$d"; done
            cd "$work"
            set +e
            setpriv --reuid="$uid" --regid="$uid" --clear-groups --no-new-privs --inh-caps=-all \
              --bounding-set=-all "$@"
            exit $?
            """;

    private static final String USER_NAMESPACE_SCRIPT = """
            set -e
            work="$1"; hidden="$2"; shift 2
            mount --make-rprivate /
            mount --bind "$work" "$work"
            mount -o remount,bind,ro / 2>/dev/null || true
            for d in $hidden; do mount -t tmpfs -o ro,size=4k,mode=0555 tangentlab-hidden "$d"; done
            cd "$work"
            set +e
            "$@"
            exit $?
            """;

    private AgentCommand() {}

    static List<String> build(Host host, AgentLimits limits, AgentClassPath agent, Path workDir, int uid,
            List<Path> hidden) {
        Isolation isolation = host.isolation();
        List<String> jvm = new ArrayList<>(host.hasPrlimit() ? rlimits(isolation, limits) : List.of());
        jvm.addAll(List.of("env", "-i"));
        jvm.addAll(java(limits, agent.jar(), workDir, "-XX:SharedArchiveFile=" + agent.archive()));
        String hiddenList = String.join(" ", hidden.stream().map(Path::toString).toList());
        List<String> command = new ArrayList<>();
        switch (isolation) {
            case FULL -> {
                command.addAll(List.of("unshare", "--net", "--mount", "--pid", "--fork", "--ipc", "--uts",
                        "--mount-proc", "--kill-child", "sh", "-c", FULL_SCRIPT, "agent", workDir.toString(),
                        Integer.toString(uid), hiddenList));
            }
            case USER_NAMESPACE -> {
                command.addAll(List.of("unshare", "--user", "--map-root-user", "--net", "--mount", "--pid", "--fork",
                        "--mount-proc", "--kill-child", "sh", "-c", USER_NAMESPACE_SCRIPT, "agent",
                        workDir.toString(), hiddenList));
            }
            case NONE -> { }
        }
        command.addAll(jvm);
        return command;
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
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
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
