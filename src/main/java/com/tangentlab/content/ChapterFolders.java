package com.tangentlab.content;

import com.tangentlab.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the chapter's files are read from: each folder an author named (--exercises, --samples,
 * --web or their settings), else the copy packaged in the jar, unpacked under the data folder.
 *
 * @param settings the settings with every folder filled in
 * @param packaged the unpacked packaged copy, or null when the author named every folder
 */
public record ChapterFolders(Settings settings, Path packaged) {
    /** The packaged tree mirrors the project's layout. */
    static final Path EXERCISES = Path.of("exercises");
    static final Path SAMPLES = Path.of("reference", "samples");
    static final Path WEB = Path.of("web");

    /** The data folder when this program makes it: the database's password hashes are its owner's alone. */
    private static final String NEW_DATA_FOLDER_MODE = "rwx------";

    /**
     * Fills in each folder not named with the packaged copy's, unpacking it only when one is
     * needed; makes the data folder, for its owner only, when it does not exist yet (an existing
     * one keeps the mode it has).
     */
    public static ChapterFolders resolve(Settings settings) {
        createPrivately(settings.dataDir());
        if (settings.exercisesDir() != null && settings.samplesDir() != null && settings.web().staticDir() != null) {
            return new ChapterFolders(settings, null);
        }
        Path packaged = PackagedChapter.unpack(settings.dataDir());
        Settings resolved = settings;
        if (settings.exercisesDir() == null) resolved = resolved.withExercisesDir(packaged.resolve(EXERCISES));
        if (settings.samplesDir() == null) resolved = resolved.withSamplesDir(packaged.resolve(SAMPLES));
        if (settings.web().staticDir() == null) {
            resolved = resolved.withWeb(resolved.web().withStaticDir(packaged.resolve(WEB)));
        }
        return new ChapterFolders(resolved, packaged);
    }

    private static void createPrivately(Path dataDir) {
        if (Files.isDirectory(dataDir)) return;
        try {
            Path parent = dataDir.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString(NEW_DATA_FOLDER_MODE)));
            // The process's umask may have taken bits away, never added any; set the mode as meant.
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString(NEW_DATA_FOLDER_MODE));
        } catch (FileAlreadyExistsException raced) {
            // Another process made it meanwhile: theirs is as good.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Says where each folder comes from, for the start-up lines. */
    public String describe() {
        String exercises = settings.exercisesDir().toString();
        String samples = settings.samplesDir().toString();
        String web = settings.web().staticDir().toString();
        if (packaged == null) return "chapter: exercises " + exercises + ", samples " + samples + ", web " + web;
        return "chapter: the copy packaged in the jar, unpacked in " + packaged
                + (own(exercises, EXERCISES) + own(samples, SAMPLES) + own(web, WEB));
    }

    private String own(String folder, Path packagedPart) {
        return folder.equals(packaged.resolve(packagedPart).toString()) ? "" : "; " + packagedPart + " from " + folder;
    }
}
