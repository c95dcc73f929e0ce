package com.tangentlab.sandbox;

import com.tangentlab.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders an agent must not see: temporary folders, home folders, the project, its
 * data and exercises. A folder that holds the JDK or the sandbox itself cannot be hidden.
 */
final class HiddenPaths {
    private static final List<String> SYSTEM_FOLDERS = List.of("/tmp", "/var/tmp", "/dev/shm", "/root", "/home");

    private HiddenPaths() {}

    static List<Path> choose(Settings settings, Path sandboxRoot, Path agentJar) {
        List<Path> candidates = new ArrayList<>();
        SYSTEM_FOLDERS.forEach(f -> candidates.add(Path.of(f)));
        candidates.add(Path.of("").toAbsolutePath());
        candidates.add(settings.dataDir().toAbsolutePath());
        candidates.add(settings.exercisesDir().toAbsolutePath());
        List<Path> needed = List.of(sandboxRoot, agentJar, Path.of(System.getProperty("java.home")));
        List<Path> chosen = new ArrayList<>();
        for (Path c : candidates) {
            Path p = c.normalize();
            boolean holdsNeeded = needed.stream().anyMatch(n -> n.toAbsolutePath().normalize().startsWith(p));
            boolean underChosen = chosen.stream().anyMatch(p::startsWith);
            if (Files.isDirectory(p) && !holdsNeeded && !underChosen && !p.equals(Path.of("/"))) {
                chosen.removeIf(q -> q.startsWith(p));
                chosen.add(p);
            }
        }
        return List.copyOf(chosen);
    }
}
