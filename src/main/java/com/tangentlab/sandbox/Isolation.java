package com.tangentlab.sandbox;

import java.util.List;

/** How strongly agents are walled off from the machine; chosen once at start-up. */
public enum Isolation {
    /** Root: new network, mount, pid, ipc and uts namespaces, an unprivileged uid per agent, rlimits. */
    FULL("namespaces (network, mount, pid, ipc, uts), a private unprivileged uid per agent, hidden "
            + "project/data/home folders, read-only root file system, rlimits, empty environment"),
    /** Unprivileged user with user namespaces: the same walls, but agents keep the server's uid. */
    USER_NAMESPACE("user namespace with network, mount and pid namespaces, hidden folders, rlimits, empty "
            + "environment; agents share the server's uid, so there is no per-agent process-count limit"),
    /** Nothing beyond a separate JVM, rlimits where prlimit exists, an empty environment and working folder. */
    NONE("a separate single-use JVM with an empty environment and working folder only: NO network, file "
            + "system or process isolation. Do not grade untrusted code like this.");

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
        List<String> probe = switch (candidate) {
            case FULL -> List.of("unshare", "--net", "--mount", "--pid", "--fork", "--ipc", "--uts", "--mount-proc",
                    "sh", "-c", "command -v setpriv >/dev/null && command -v prlimit >/dev/null && [ \"$(id -u)\" = 0 ]");
            case USER_NAMESPACE -> List.of("unshare", "--user", "--map-root-user", "--net", "--mount", "--pid",
                    "--fork", "--mount-proc", "true");
            case NONE -> List.of("true");
        };
        return Host.runs(probe.toArray(String[]::new));
    }
}
