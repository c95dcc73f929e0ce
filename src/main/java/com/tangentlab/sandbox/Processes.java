package com.tangentlab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Processes by owner, read from /proc: how the pool proves an agent left nothing behind. */
public final class Processes {
    private static final Path PROC = Path.of("/proc");
    private static final byte[] STATE = "State:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UID = "Uid:".getBytes(StandardCharsets.US_ASCII);

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

    /**
     * The real uid from /proc/PID/status, or -1 for a zombie or a process gone meanwhile. Read as bytes and parsed
     * by hand: the pool reads every process's status twice per submission, and decoding each file into lines of
     * text cost more than all the rest of the pool's work.
     */
    private static int realUid(Path procEntry) {
        try {
            return realUid(Files.readAllBytes(procEntry.resolve("status")));
        } catch (IOException | RuntimeException e) {
            return -1; // the process ended while we looked: it owns nothing any more
        }
    }

    /** The first number of the "Uid:" line, or -1 when "State:" says zombie or there is no such line. */
    static int realUid(byte[] status) {
        int state = valueAfter(status, STATE);
        if (state >= 0 && status[state] == 'Z') return -1;
        int uid = valueAfter(status, UID);
        if (uid < 0) return -1;
        int value = 0;
        int end = uid;
        for (; end < status.length && status[end] >= '0' && status[end] <= '9'; end++) {
            value = Math.multiplyExact(value, 10) + (status[end] - '0');
        }
        return end == uid ? -1 : value;
    }

    /** Where the value of the line that starts with {@code key} begins, past its blanks; -1 without such a line. */
    private static int valueAfter(byte[] status, byte[] key) {
        for (int line = 0; line < status.length; ) {
            if (startsWith(status, line, key)) {
                int at = line + key.length;
                while (at < status.length && (status[at] == ' ' || status[at] == '\t')) at++;
                return at < status.length ? at : -1;
            }
            while (line < status.length && status[line] != '\n') line++;
            line++;
        }
        return -1;
    }

    private static boolean startsWith(byte[] text, int at, byte[] prefix) {
        if (at + prefix.length > text.length) return false;
        for (int i = 0; i < prefix.length; i++) if (text[at + i] != prefix[i]) return false;
        return true;
    }
}
