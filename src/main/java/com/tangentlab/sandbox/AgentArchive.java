package com.tangentlab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class-data sharing archive of the agent once per agent jar: one agent runs a
 * representative submission through the real protocol (our own code only, no student's) and
 * dumps the classes it loaded when it exits. Every later agent maps them instead of loading them.
 */
final class AgentArchive {
    /** A submission that touches what students' code usually touches: lambdas, streams, records, EJML. */
    private static final String TYPICAL_SUBMISSION = """
            record Pair(double a, double b) { }
            double[][] typical(double[] z) {
                double max = Arrays.stream(z).max().orElse(0);
                List<Pair> pairs = IntStream.range(0, z.length).mapToObj(i -> new Pair(z[i], max)).collect(Collectors.toList());
                org.ejml.simple.SimpleMatrix m = new org.ejml.simple.SimpleMatrix(new double[][] {z});
                System.out.println("warm " + pairs.size() + m.numCols());
                return new double[][] {z.clone()};
            }
            """;

    private AgentArchive() {}

    /** The archive for {@code jar}, created if missing; agents run without one if creating it fails. */
    static Path prepare(Path jar, AgentLimits limits, Duration startTimeout) {
        Path archive = jar.resolveSibling(jar.getFileName().toString().replace(".jar", ".jsa"));
        if (Files.exists(archive)) return archive;
        try {
            Path work = Files.createTempDirectory(jar.getParent(), "archive");
            Path partial = work.resolve("agent.jsa");
            try {
                dump(jar, partial, work, limits, startTimeout);
                if (Files.exists(partial)) {
                    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
                    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                try (var files = Files.list(work)) {
                    for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
                }
                Files.deleteIfExists(work);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create the agent's class-data archive", e);
        }
        return archive;
    }

    private static void dump(Path jar, Path archive, Path work, AgentLimits limits, Duration startTimeout)
            throws IOException {
        AgentProcess agent = AgentProcess.start(
                AgentCommand.java(limits, jar, work, "-XX:ArchiveClassesAtExit=" + archive), startTimeout);
        try (Compiler compiler = new Compiler(jar)) {
            // The typical submission prints nothing and throws nothing: the output cap is never reached.
            compiler.attach(AgentLink.connect(agent, new CappedOutput(limits.outputBytes(), () -> { })));
            compiler.shell().eval(TYPICAL_SUBMISSION.substring(0, TYPICAL_SUBMISSION.indexOf("double[][]")));
            compiler.shell().eval(TYPICAL_SUBMISSION.substring(TYPICAL_SUBMISSION.indexOf("double[][]")));
            compiler.shell().eval("typical(new double[] {1, 2, 3})");
            compiler.control().close();
            agent.protocolOut().close();
            agent.waitForExit(startTimeout);
        } finally {
            agent.kill();
        }
    }
}
