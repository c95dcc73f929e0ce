package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The pool reads a process's real uid from the kernel's status text, and treats zombies as owning nothing. */
class ProcessesTest {
    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("a running process owned by its real uid",
                        "Name:\tjava\nState:\tS (sleeping)\nTgid:\t12\nUid:\t62200\t62200\t62200\t62200\n", 62200),
                Arguments.of("root", "Name:\tbwrap\nState:\tR (running)\nUid:\t0\t0\t0\t0\n", 0),
                Arguments.of("the real uid, not the effective one",
                        "State:\tS (sleeping)\nUid:\t1000\t0\t0\t0\n", 1000),
                Arguments.of("a zombie, which owns nothing", "Name:\tjava\nState:\tZ (zombie)\nUid:\t62200\t62200\n", -1),
                Arguments.of("a status without a Uid line", "Name:\tjava\nState:\tS (sleeping)\n", -1),
                Arguments.of("a Uid line without a number", "State:\tS (sleeping)\nUid:\t\n", -1),
                Arguments.of("a name that looks like a Uid line is not one", "Name:\tUid:\t5\nUid:\t7\t7\n", 7),
                Arguments.of("an empty file (the process ended)", "", -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void theRealUidIsReadFromTheStatusText(String what, String status, int uid) {
        assertEquals(uid, Processes.realUid(status.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void thisProcessIsFoundAmongItsOwnersProcesses() throws Exception {
        int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        assertEquals(uid, Processes.realUid(Files.readAllBytes(Path.of("/proc/self/status"))));
        assertEquals(true, Processes.ownedBy(uid).contains(ProcessHandle.current().pid()));
    }
}
