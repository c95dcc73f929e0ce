package com.tangentlab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Processes by owner, read from /proc: how the pool proves an agent left nothing behind. */
public final class Processes {
    private static final Path PROC = Path.of("/proc");

    private Processes() {}

    /** Pids of every live process (zombies excluded: they own nothing and only wait to be reaped) of {@code uid}. */
    public static List<Long> ownedBy(int uid) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && realUid(entry) == uid) pids.add(Long.parseLong(name));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list processes", e);
        }
        return pids;
    }

    /** Kills every process of {@code uid}; false if some survive a second of trying. */
    static boolean killAllOwnedBy(int uid) {
        for (int round = 0; round < 50; round++) {
            List<Long> left = ownedBy(uid);
            if (left.isEmpty()) return true;
            for (long pid : left) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ownedBy(uid).isEmpty();
    }

    private static int realUid(Path procEntry) {
        try {
            for (String line : Files.readAllLines(procEntry.resolve("status"))) {
                if (line.startsWith("State:") && line.contains("Z")) return -1;
                if (line.startsWith("Uid:")) return Integer.parseInt(line.substring(4).trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            return -1; // the process ended while we looked: it owns nothing any more
        }
        return -1;
    }
}
