package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The agent's only class path holds the agent and EJML: no reference solutions, no judge. */
class AgentJarContentsTest {
    /** What may be in the jar: the agent's package, EJML, and EJML's runtime dependency pabeles. */
    private static final List<String> ALLOWED = List.of("com/tangentlab/agent/", "org/ejml/", "pabeles/");

    @Test
    void holdsOnlyAgentAndEjmlClasses() throws Exception {
        Path lib = Files.createTempDirectory("agent-jar-test");
        Path jar = AgentJar.prepare(lib, System.getProperty("java.class.path"));
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream().map(JarEntry::getName).filter(n -> !n.endsWith("/")).toList();
            assertTrue(names.stream().anyMatch(n -> n.equals("com/tangentlab/agent/Harness.class")), "no harness");
            assertTrue(names.stream().anyMatch(n -> n.equals("org/ejml/simple/SimpleMatrix.class")), "no EJML");
            for (String name : names) {
                assertTrue(ALLOWED.stream().anyMatch(name::startsWith), "unexpected entry in the agent jar: " + name);
                assertFalse(name.startsWith("com/tangentlab/reference/"), name);
                assertFalse(name.startsWith("com/tangentlab/check/") || name.startsWith("com/tangentlab/exercise/")
                        || name.startsWith("com/tangentlab/sandbox/") || name.startsWith("com/tangentlab/score/"), name);
            }
        } finally {
            try (var files = Files.walk(lib)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void thePackagedChapterOnTheTrustedClassPathStaysOutOfIt() throws Exception {
        String classPath = System.getProperty("java.class.path");
        boolean packaged = Stream.of(classPath.split(java.io.File.pathSeparator)).map(Path::of)
                .anyMatch(p -> Files.isRegularFile(p.resolve("chapter/reference/samples/softmax-jacobian/correct.jsh")));
        assertTrue(packaged, "the trusted class path carries the packaged samples: " + classPath);
        Path lib = Files.createTempDirectory("agent-jar-test");
        Path jar = AgentJar.prepare(lib, classPath);
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> leaked = file.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("chapter/") || n.endsWith(".jsh") || n.endsWith(".yaml")
                            || n.endsWith(".md") || n.endsWith(".html"))
                    .toList();
            assertEquals(List.of(), leaked, "chapter files in the agent jar");
        } finally {
            try (var files = Files.walk(lib)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyEjmlDependencyIsInTheJar() throws Exception {
        // SimpleMatrix.mult consults EjmlConcurrency, which extends pabeles.concurrency.ConcurrencyOps:
        // without pabeles, EJML fails in the agent with NoClassDefFoundError.
        Path lib = Files.createTempDirectory("agent-jar-test");
        Path jar = AgentJar.prepare(lib, System.getProperty("java.class.path"));
        try (JarFile file = new JarFile(jar.toFile())) {
            assertTrue(file.getEntry("pabeles/concurrency/ConcurrencyOps.class") != null,
                    "EJML's dependency pabeles is missing from the agent jar");
        } finally {
            try (var files = Files.walk(lib)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
