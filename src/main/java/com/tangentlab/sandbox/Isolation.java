package com.tangentlab.sandbox;

import java.util.ArrayList;
import java.util.List;

/** How strongly agents are walled off from the machine; chosen once at start-up. */
public enum Isolation {
    /** Root: bubblewrap's allow-list world, run under a private unprivileged uid per agent, rlimits. */
    FULL("a root file system built for each agent (the JDK, the agent jar and its archive read-only, its own "
            + "empty work folder, a private /proc and /dev/null, zero, random, urandom; nothing else of the host), "
            + "new user, mount, pid, network, ipc, uts and cgroup namespaces, a private unprivileged uid per agent, "
            + "no capabilities, no_new_privs, no nested user namespaces, rlimits, empty environment"),
    /** Unprivileged user with user namespaces: the same world, but agents share the server's uid. */
    USER_NAMESPACE("the same root file system built for each agent, namespaces, no capabilities, no_new_privs, "
            + "no nested user namespaces, rlimits and empty environment as full isolation, but agents run under "
            + "the server's own uid (mapped to itself, not root, inside), so there is no per-agent process-count "
            + "limit and agents are not separated from each other by uid"),
    /** Nothing beyond a separate JVM, rlimits where prlimit exists, an empty environment and working folder. */
    NONE("a separate single-use JVM with an empty environment and working folder only: NO network, file "
            + "system or process isolation. Do not grade untrusted code like this.");

    /** The uid the root probe drops to; "nobody" exists on every Debian system and owns nothing. */
    private static final String PROBE_UID = "65534";

    private final String protection;

    Isolation(String protection) {
        this.protection = protection;
    }

    public String protection() {
        return protection;
    }

    public boolean isolated() {
        return this != NONE;
    }

    /** The strongest isolation this machine allows, or the one asked for (failing if it is not available). */
    public static Isolation choose(String requested) {
        switch (requested.toLowerCase(java.util.Locale.ROOT)) {
            case "full": return require(FULL);
            case "user-namespace": return require(USER_NAMESPACE);
            case "none": return NONE;
            case "auto": return works(FULL) ? FULL : works(USER_NAMESPACE) ? USER_NAMESPACE : NONE;
            default: throw new IllegalArgumentException(
                    "isolation must be auto, full, user-namespace or none, not '" + requested + "'");
        }
    }

    private static Isolation require(Isolation wanted) {
        if (!works(wanted)) {
            throw new IllegalStateException("isolation '" + wanted + "' is not available on this machine");
        }
        return wanted;
    }

    private static boolean works(Isolation candidate) {
        return switch (candidate) {
            case FULL -> Host.runs("sh", "-c", "[ \"$(id -u)\" = 0 ] && command -v prlimit && command -v setpriv")
                    && Host.runs(probe(List.of("setpriv", "--reuid=" + PROBE_UID, "--regid=" + PROBE_UID,
                            "--clear-groups", "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--")));
            case USER_NAMESPACE -> Host.runs(probe(List.of()));
            case NONE -> true;
        };
    }

    /**
     * bwrap with the walls agents get that depend on the kernel (namespaces, no nested user
     * namespaces), running the host's own "true" read-only: proof that unprivileged bwrap works here.
     */
    private static String[] probe(List<String> before) {
        List<String> command = new ArrayList<>(before);
        command.addAll(List.of(Bubblewrap.COMMAND, "--unshare-all", "--unshare-user", "--disable-userns",
                "--assert-userns-disabled", "--die-with-parent", "--ro-bind", "/", "/", "--proc", "/proc", "true"));
        return command.toArray(String[]::new);
    }
}
