package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tangentlab.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the JVM cannot show from inside an agent, shown with the agent's own walls around a shell:
 * the root this test allows holds the host's /usr (so that sh and unshare exist inside, which an
 * agent's root never holds), and everything else is the command an agent gets in that mode.
 */
class AgentWallsTest {
    /** Near the top of the sandbox range: test pools lease from the bottom, one or two uids at a time. */
    private static final int UID_OFFSET = 62;
    /** The host's programs, for this test only: merged /usr, so /bin, /lib and /lib64 are links into it. */
    private static final AgentRoot SHELL_ROOT = new AgentRoot(List.of(Path.of("/usr"), Path.of("/bin"), Path.of("/lib"),
            Path.of("/lib64")));

    private int uid;
    private Path work;

    @BeforeEach
    void workFolder() throws IOException {
        assumeTrue(Isolation.choose("auto") == Isolation.FULL, "needs full isolation (root, bubblewrap)");
        Settings settings = Settings.from(System.getenv());
        uid = settings.firstSandboxUid() + UID_OFFSET;
        work = Files.createDirectories(settings.sandboxRoot().toAbsolutePath().resolve("walls-" + uid));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx------"));
        Files.setAttribute(work, "unix:uid", uid);
        Files.setAttribute(work, "unix:gid", uid);
    }

    @AfterEach
    void removeWorkFolder() throws IOException {
        if (work == null) return;
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The output of {@code script} run by sh inside the walls of {@code mode}. */
    private String inside(Isolation mode, String script) throws Exception {
        List<String> command = new ArrayList<>();
        // A grader without root: an ordinary uid with an ordinary (full) bounding set.
        if (mode == Isolation.USER_NAMESPACE) {
            command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        }
        AgentLimits limits = AgentLimits.from(Settings.from(System.getenv()));
        command.addAll(AgentCommand.wrap(new Host(mode, true), limits, SHELL_ROOT, work, uid,
                List.of("/bin/sh", "-c", script)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void noUserNamespaceCanBeMadeInside(Isolation mode) throws Exception {
        assertEquals("refused refused", inside(mode, "unshare --user true 2>/dev/null && a=made || a=refused;"
                + " unshare --user --map-root-user true 2>/dev/null && b=made || b=refused; echo $a $b"));
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void theRootFileSystemAndItsMountsCannotBeChanged(Isolation mode) throws Exception {
        assertEquals("refused refused refused", inside(mode, "mount -o remount,rw / 2>/dev/null && a=changed || a=refused;"
                + " umount /usr 2>/dev/null && b=changed || b=refused;"
                + " mount -t tmpfs none /usr 2>/dev/null && c=changed || c=refused; echo $a $b $c"));
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"FULL", "USER_NAMESPACE"})
    void theUidInsideIsTheAgentsOwnAndNotRoot(Isolation mode) throws Exception {
        assertEquals(uid + " " + uid, inside(mode, "echo $(id -u) $(id -g)"));
    }
}
