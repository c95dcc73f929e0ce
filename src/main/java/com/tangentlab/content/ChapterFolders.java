package com.tangentlab.content;

import com.tangentlab.config.Settings;
import java.nio.file.Path;

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

    /** Fills in each folder not named with the packaged copy's, unpacking it only when one is needed. */
    public static ChapterFolders resolve(Settings settings) {
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
