package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The system libraries the agent's root holds are read from ldd's lines exactly, and exist. */
class SharedLibrariesTest {

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "\tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f35093be000) | /lib/x86_64-linux-gnu/libz.so.1",
            "\t/lib64/ld-linux-x86-64.so.2 (0x00007f35093f6000)                  | /lib64/ld-linux-x86-64.so.2",
            "\tlibjli.so => /opt/jdk/bin/../lib/libjli.so (0x00007f35093ae000)   | /opt/jdk/lib/libjli.so",
            "\tlinux-vdso.so.1 (0x00007f35093f4000)                              | none",
            "\tlibmissing.so.3 => not found                                      | none",
            "/opt/jdk/bin/java:                                                  | none",
            "''                                                                  | none"})
    void aLineOfLddNamesOneLibraryOrNone(String line, String library) {
        assertEquals(Optional.ofNullable(library).map(Path::of), SharedLibraries.parse(line));
    }

    @Test
    void theJdksLibrariesIncludeTheLoaderItsLauncherNamesAndNothingOfTheJdkItself() {
        Path javaHome = AgentRoot.javaHome();
        List<Path> libraries = SharedLibraries.of(javaHome);
        assertTrue(libraries.stream().anyMatch(p -> p.getFileName().toString().startsWith("ld-linux")), libraries.toString());
        assertTrue(libraries.stream().anyMatch(p -> p.getFileName().toString().startsWith("libc.so")), libraries.toString());
        assertFalse(libraries.stream().anyMatch(p -> p.startsWith(javaHome)), libraries.toString());
        assertTrue(libraries.stream().allMatch(Files::exists), libraries.toString());
    }
}
