package com.tangentlab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of bubblewrap (bwrap) that put an agent in a world built for it: every namespace
 * new (user, mount, pid, network, ipc, uts, cgroup), a root file system holding only the
 * {@link AgentRoot} read-only and the work folder writable, a fresh /proc, the minimal devices,
 * no capabilities, no further user namespaces, an empty environment, a new session (no
 * terminal to inject input into), and death with the process that started it.
 */
final class Bubblewrap {
    static final String COMMAND = "bwrap";

    private Bubblewrap() {}

    /** bwrap and its options, up to and including the "--" after which the agent's own command follows. */
    static List<String> walls(AgentRoot root, Path workDir) {
        List<String> args = new ArrayList<>(List.of(COMMAND,
                "--unshare-all",
                // Needed explicitly: --disable-userns works on the sandbox's own user namespace.
                "--unshare-user",
                "--disable-userns",
                "--assert-userns-disabled",
                "--cap-drop", "ALL",
                "--die-with-parent",
                "--new-session",
                "--clearenv",
                "--hostname", "agent"));
        for (Path p : root.readOnly()) args.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        for (Path d : AgentRoot.DEVICES) args.addAll(List.of("--dev-bind", d.toString(), d.toString()));
        args.addAll(List.of("--proc", "/proc",
                "--bind", workDir.toString(), workDir.toString(),
                "--chdir", workDir.toString(),
                // Last: the root tmpfs that holds the mount points becomes read-only, so the work folder
                // is the only place an agent can write to.
                "--remount-ro", "/",
                "--"));
        return args;
    }
}
