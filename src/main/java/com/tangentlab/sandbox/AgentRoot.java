package com.tangentlab.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The allow-list of an agent's world: the only host files that exist in the root file system
 * built for it, each bound read-only at its own path (the class-data archive records the jar's
 * path, and the JDK finds itself by its own). Besides these, an agent sees its own work folder,
 * a fresh {@code /proc} of its pid namespace and the {@link #DEVICES}; nothing else of the host.
 *
 * @param readOnly every host file or folder bound read-only, sorted
 */
public record AgentRoot(List<Path> readOnly) {
    /**
     * The only device nodes: the JVM opens /dev/null (its error file) and /dev/urandom and
     * /dev/random (seeding); /dev/zero is what mmap-style readers of zeros expect. No pts, shm or mqueue.
     */
    public static final List<Path> DEVICES = List.of(Path.of("/dev/null"), Path.of("/dev/zero"),
            Path.of("/dev/random"), Path.of("/dev/urandom"));
    /** The JDK folders whose links point outside it: Debian keeps the JDK's configuration (jvm.cfg, security) in /etc. */
    private static final List<String> LINKED_FOLDERS = List.of("conf", "lib");

    public AgentRoot {
        readOnly = List.copyOf(new TreeSet<>(readOnly));
    }

    /** The JDK, what it loads from outside its folder, the agent jar and its archive. */
    static AgentRoot forAgent(AgentClassPath agent) {
        Path javaHome = javaHome();
        List<Path> files = new ArrayList<>();
        files.add(javaHome);
        files.addAll(linkTargetsOutside(javaHome));
        files.addAll(SharedLibraries.of(javaHome));
        files.add(agent.jar().toAbsolutePath().normalize());
        if (Files.exists(agent.archive())) files.add(agent.archive().toAbsolutePath().normalize());
        return new AgentRoot(files);
    }

    static Path javaHome() {
        return Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    }

    /** Where the JDK's links into the rest of the machine lead, by the path the link names. */
    private static List<Path> linkTargetsOutside(Path javaHome) {
        List<Path> targets = new ArrayList<>();
        for (String folder : LINKED_FOLDERS) {
            Path dir = javaHome.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path link : (Iterable<Path>) files.filter(Files::isSymbolicLink)::iterator) {
                    Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
                    if (!target.startsWith(javaHome) && Files.exists(target)) targets.add(target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the JDK's links in " + dir, e);
            }
        }
        return targets;
    }
}
