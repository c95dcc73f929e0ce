package com.tangentlab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A cgroup that this process moves into, so that the kernel counts the CPU of everything it starts
 * afterwards. The agents must be counted this way: they run under bubblewrap in their own pid namespace
 * and are reaped there, so the JVM's child accounting (rusage) misses much of their time. cgroup v2 is
 * used where it is mounted, else v1's cpuacct controller. Closing moves the process back and removes
 * the cgroup.
 */
public final class CpuAccount implements AutoCloseable {
    private static final String V2_USAGE_KEY = "usage_usec ";
    private static final int REMOVE_ATTEMPTS = 50;
    private static final long REMOVE_PAUSE_MS = 100;

    private final Path group;
    private final Path home;
    private final boolean v2;
    /** Whether this process moved into the group (and moves back on closing), or only starts processes in it. */
    private final boolean joined;

    private CpuAccount(Path group, Path home, boolean v2, boolean joined) {
        this.group = group;
        this.home = home;
        this.v2 = v2;
        this.joined = joined;
    }

    /** Moves this process into a new cgroup of its own; needs root (or a delegated cgroup). */
    public static CpuAccount enter() {
        Hierarchy h = Hierarchy.find().orElseThrow(() -> new IllegalStateException(
                "no cgroup hierarchy with CPU accounting is mounted (cgroup2, or cgroup v1's cpuacct)"));
        Path home = h.mount().resolve(h.current().substring(1));
        Path group = home.resolve("tangentlab-bench-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(group);
            Files.writeString(group.resolve("cgroup.procs"), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the benchmark's cgroup " + group
                    + " (the CPU of the agents is counted by cgroup; run as root): " + e.getMessage(), e);
        }
        return new CpuAccount(group, home, h.v2(), true);
    }

    /**
     * A cgroup inside this one for processes started with {@link #command}; their CPU is counted both there and,
     * as the kernel counts a group's descendants too, in this one.
     */
    public CpuAccount inner(String name) {
        Path inner = group.resolve(name);
        try {
            Files.createDirectories(inner);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the cgroup " + inner, e);
        }
        return new CpuAccount(inner, group, v2, false);
    }

    /** {@code command} run so that it enters this cgroup before it starts: a shell moves itself in, then execs it. */
    public List<String> command(List<String> command) {
        List<String> joining = new java.util.ArrayList<>(List.of("sh", "-c", "echo $$ > \"$0\" && exec \"$@\"",
                group.resolve("cgroup.procs").toString()));
        joining.addAll(command);
        return joining;
    }

    /** CPU time of this process and everything it started since {@link #enter()}, in ns. */
    public long usageNanos() {
        try {
            if (!v2) return Long.parseLong(Files.readString(group.resolve("cpuacct.usage")).trim());
            for (String line : Files.readAllLines(group.resolve("cpu.stat"))) {
                if (line.startsWith(V2_USAGE_KEY)) return Long.parseLong(line.substring(V2_USAGE_KEY.length())) * 1000;
            }
            throw new IllegalStateException(group + "/cpu.stat has no " + V2_USAGE_KEY.trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves this process back (if it joined) and removes the cgroup once the last process in it has exited. */
    @Override
    public void close() throws InterruptedException {
        try {
            if (joined) Files.writeString(home.resolve("cgroup.procs"), String.valueOf(ProcessHandle.current().pid()));
            for (int i = 0; i < REMOVE_ATTEMPTS; i++) {
                if (Files.readString(group.resolve("cgroup.procs")).isBlank() && removed()) return;
                Thread.sleep(REMOVE_PAUSE_MS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the benchmark's cgroup " + group, e);
        }
        throw new IllegalStateException("processes are still running in the benchmark's cgroup " + group);
    }

    /** The kernel refuses (busy) while a process that left the group has not quite finished exiting. */
    private boolean removed() throws IOException {
        try {
            Files.delete(group);
            return true;
        } catch (java.nio.file.FileSystemException busy) {
            return !Files.exists(group);
        }
    }

    /** Where a hierarchy is mounted and this process's cgroup in it. */
    private record Hierarchy(Path mount, String current, boolean v2) {
        static Optional<Hierarchy> find() {
            try {
                List<String> mounts = Files.readAllLines(Path.of("/proc/self/mountinfo"));
                List<String> groups = Files.readAllLines(Path.of("/proc/self/cgroup"));
                Optional<Hierarchy> v2 = mountOf(mounts, "cgroup2", null)
                        .flatMap(m -> groupOf(groups, "").map(g -> new Hierarchy(m, g, true)));
                if (v2.isPresent()) return v2;
                return mountOf(mounts, "cgroup", "cpuacct")
                        .flatMap(m -> groupOf(groups, "cpuacct").map(g -> new Hierarchy(m, g, false)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The mount point of a hierarchy of {@code type}, with {@code option} among its super options. */
        private static Optional<Path> mountOf(List<String> mountinfo, String type, String option) {
            for (String line : mountinfo) {
                String[] halves = line.split(" - ", 2);
                if (halves.length < 2) continue;
                String[] tail = halves[1].split(" ");
                if (!tail[0].equals(type)) continue;
                if (option != null && !List.of(tail[tail.length - 1].split(",")).contains(option)) continue;
                return Optional.of(Path.of(halves[0].split(" ")[4]));
            }
            return Optional.empty();
        }

        /** This process's path in the hierarchy whose controllers include {@code controller} ("" for v2). */
        private static Optional<String> groupOf(List<String> procCgroup, String controller) {
            for (String line : procCgroup) {
                String[] fields = line.split(":", 3);
                if (fields.length < 3) continue;
                boolean match = controller.isEmpty() ? fields[0].equals("0") && fields[1].isEmpty()
                        : List.of(fields[1].split(",")).contains(controller);
                if (match) return Optional.of(fields[2]);
            }
            return Optional.empty();
        }
    }
}
