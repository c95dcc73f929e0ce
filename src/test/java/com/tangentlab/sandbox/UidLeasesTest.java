package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lease is a POSIX record lock on the uid's file, which the kernel lists in /proc/locks. The
 * kernel drops every such lock a process holds on a file as soon as the process closes any
 * descriptor of that file, so a pool must never reopen the file of a uid it holds: the other
 * grading processes on the machine would see the uid free and kill its agent.
 */
class UidLeasesTest {
    private static final int FIRST_UID = 65000;
    private static final int UIDS = 4;

    @TempDir
    Path dir;

    @Test
    void aHeldLeaseStaysLockedWhileTheSamePoolLooksForAnotherUid() throws Exception {
        UidLeases leases = new UidLeases(dir, FIRST_UID, UIDS);
        try (UidLeases.Lease first = leases.claim(Set.of()); UidLeases.Lease second = leases.claim(Set.of())) {
            assertEquals(FIRST_UID + 1, second.uid(), "the second claim skips the held uid");
            assertTrue(lockedByThisProcess(first.uid()), "the first lease is still locked after the scan");
            assertTrue(lockedByThisProcess(second.uid()));
        }
    }

    @Test
    void aHeldLeaseStaysLockedWhileAnotherPoolOfTheSameProcessCleansUp() throws Exception {
        UidLeases mine = new UidLeases(dir, FIRST_UID, UIDS);
        UidLeases another = new UidLeases(dir, FIRST_UID, UIDS);
        try (UidLeases.Lease held = mine.claim(Set.of())) {
            List<Integer> cleaned = new ArrayList<>();
            another.forEachUnused(cleaned::add);
            assertFalse(cleaned.contains(held.uid()), "the held uid is not free for clean-up: " + cleaned);
            assertEquals(UIDS - 1, cleaned.size());
            assertTrue(lockedByThisProcess(held.uid()), "the lease is still locked after the other pool's clean-up");
        }
    }

    @Test
    void aClosedLeaseIsFreeAgain() throws Exception {
        UidLeases leases = new UidLeases(dir, FIRST_UID, UIDS);
        UidLeases.Lease lease = leases.claim(Set.of());
        lease.close();
        assertFalse(lockedByThisProcess(lease.uid()));
        try (UidLeases.Lease again = leases.claim(Set.of())) {
            assertEquals(lease.uid(), again.uid());
        }
    }

    @Test
    void retiredUidsAreNeverHandedOut() throws Exception {
        UidLeases leases = new UidLeases(dir, FIRST_UID, UIDS);
        try (UidLeases.Lease lease = leases.claim(Set.of(FIRST_UID, FIRST_UID + 1))) {
            assertEquals(FIRST_UID + 2, lease.uid());
        }
    }

    /** Whether /proc/locks lists a lock of this process on the uid's lock file. */
    private boolean lockedByThisProcess(int uid) throws IOException {
        long inode = (long) Files.getAttribute(dir.resolve(uid + ".lock"), "unix:ino");
        String pid = Long.toString(ProcessHandle.current().pid());
        for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
            String[] f = line.trim().split("\\s+");
            // "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF": pid, then major:minor:inode.
            if (f.length > 5 && f[4].equals(pid) && f[5].endsWith(":" + inode)) return true;
        }
        return false;
    }
}
