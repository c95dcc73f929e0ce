package com.tangentlab.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sandbox uids are a machine-wide resource: two pools (two servers, or a server and a batch)
 * must never hand out the same one, or one would kill the other's agents when it cleans up.
 * A uid is leased by holding an exclusive lock on its file; the lock dies with the process.
 *
 * <p>The lock is a POSIX record lock, and the kernel drops all of a process's locks on a file
 * when the process closes any descriptor of it. So this process never opens the file of a uid
 * it already holds (through any pool): it keeps its own set of held files and skips them.
 */
final class UidLeases {
    /** How often a waiting claim looks for a free uid again. */
    private static final Duration RETRY = Duration.ofMillis(10);

    /** Lock files held by some pool of this process; shared because the kernel's locks are per process. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final int first;
    private final int count;

    /** A held uid; closing it frees the uid for any pool on the machine. */
    record Lease(int uid, Path file, FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the lease of uid " + uid, e);
            } finally {
                HELD.remove(file);
            }
        }
    }

    UidLeases(Path dir, int first, int count) {
        this.dir = dir.toAbsolutePath().normalize();
        this.first = first;
        this.count = count;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Leases a free uid, waiting for one; {@code retired} uids are skipped. */
    Lease claim(Set<Integer> retired) throws InterruptedException {
        while (true) {
            for (int uid = first; uid < first + count; uid++) {
                if (retired.contains(uid)) continue;
                Lease lease = tryClaim(uid);
                if (lease != null) return lease;
            }
            Thread.sleep(RETRY.toMillis());
        }
    }

    /** Runs {@code action} for every uid that no pool on this machine holds, while holding it. */
    void forEachUnused(java.util.function.IntConsumer action) {
        for (int uid = first; uid < first + count; uid++) {
            try (Lease lease = tryClaim(uid)) {
                if (lease != null) action.accept(uid);
            }
        }
    }

    /** The uid's lease, or null when a process (this one included) holds it. */
    private Lease tryClaim(int uid) {
        Path file = dir.resolve(uid + ".lock");
        if (!HELD.add(file)) return null;
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) return new Lease(uid, file, channel, lock);
            channel.close();
            HELD.remove(file);
            return null;
        } catch (OverlappingFileLockException | IOException e) {
            closeQuietly(channel);
            HELD.remove(file);
            if (e instanceof IOException io) throw new UncheckedIOException("cannot lease sandbox uid " + uid, io);
            throw new IllegalStateException("uid " + uid + " is locked through a channel this class did not open", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
