package com.tangentlab.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chapter packaged in the jar is unpacked once per content, whole, read-only and for its owner only. */
class PackagedChapterTest {
    private static final Map<String, String> CHAPTER = Map.of(
            "exercises/softmax-jacobian/exercise.yaml", "id: softmax-jacobian\n",
            "exercises/theory/03-softmax.md", "---\nnumber: \"3\"\n---\n",
            "reference/samples/softmax-jacobian/correct.jsh", "double[][] softmaxJacobian(double[] z) { ... }\n",
            "web/index.html", "<!doctype html>\n");

    @TempDir
    Path temp;

    @Test
    void aJarAndAClassFolderWithTheSameChapterUnpackToTheSameFolder() throws IOException {
        Path fromJar = PackagedChapter.unpack(jar(CHAPTER), temp.resolve("data"));
        Path fromClasses = PackagedChapter.unpack(classFolder(CHAPTER), temp.resolve("data"));

        assertEquals(fromJar, fromClasses);
        assertEquals(temp.resolve("data").resolve("chapter"), fromJar.getParent());
        assertEquals(CHAPTER, contents(fromJar));
    }

    @Test
    void theUnpackedCopyIsReadOnlyAndForItsOwnerOnly() throws IOException {
        Path unpacked = PackagedChapter.unpack(jar(CHAPTER), temp.resolve("data"));
        try (Stream<Path> walk = Files.walk(unpacked)) {
            for (Path p : walk.toList()) {
                String expected = Files.isDirectory(p) ? "r-x------" : "r--------";
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
    }

    @Test
    void unpackingAgainKeepsTheCopyAndLeavesNothingBehind() throws IOException {
        Path jar = jar(CHAPTER);
        Path first = PackagedChapter.unpack(jar, temp.resolve("data"));
        Path second = PackagedChapter.unpack(jar, temp.resolve("data"));

        assertEquals(first, second);
        assertEquals(List.of(first), list(first.getParent()), "no partial copy is left beside it");
    }

    @Test
    void anotherChapterUnpacksBesideTheOldOneWhichStaysAsItWas() throws IOException {
        Path old = PackagedChapter.unpack(jar(CHAPTER), temp.resolve("data"));
        Map<String, String> edited = new TreeMap<>(CHAPTER);
        edited.put("web/index.html", "<!doctype html><title>new</title>\n");
        Path renewed = PackagedChapter.unpack(jar(edited), temp.resolve("data"));

        assertNotEquals(old, renewed);
        assertEquals(CHAPTER, contents(old), "a server still running the older jar keeps its pages");
        assertEquals(edited, contents(renewed));
    }

    @Test
    void aJarWithoutAChapterIsRefusedWithItsName() throws IOException {
        Path jar = jar(Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PackagedChapter.unpack(jar, temp.resolve("data")));
        assertTrue(e.getMessage().contains(jar.toString()) && e.getMessage().contains("chapter/"), e.getMessage());
    }

    @Test
    void thisProgramsPackagedChapterIsTheProjectsOwn() throws IOException {
        Path unpacked = PackagedChapter.unpack(temp.resolve("data"));
        for (Path file : List.of(Path.of("exercises", "softmax-jacobian", "exercise.yaml"),
                Path.of("exercises", "theory", "05-gradient-flow.md"),
                Path.of("reference", "samples", "softmax-jacobian", "correct.jsh"), Path.of("web", "index.html"))) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(unpacked.resolve(file)), file.toString());
        }
    }

    @Test
    void foldersAnAuthorNamesAreKeptAndNothingIsUnpackedForThem() {
        Path data = temp.resolve("data");
        Settings named = Settings.from(Map.of("TANGENTLAB_DATA_DIR", data.toString(),
                "TANGENTLAB_EXERCISES_DIR", "mine/exercises", "TANGENTLAB_SAMPLES_DIR", "mine/samples",
                "TANGENTLAB_WEB_DIR", "mine/web"));
        ChapterFolders folders = ChapterFolders.resolve(named);

        assertNull(folders.packaged());
        assertEquals(Path.of("mine/exercises"), folders.settings().exercisesDir());
        assertEquals(Path.of("mine/samples"), folders.settings().samplesDir());
        assertEquals(Path.of("mine/web"), folders.settings().web().staticDir());
        assertFalse(Files.exists(data.resolve("chapter")), "nothing was unpacked");
    }

    @Test
    void foldersLeftUnnamedComeFromThePackagedCopy() {
        Settings onlyWeb = Settings.from(Map.of("TANGENTLAB_DATA_DIR", temp.resolve("data").toString(),
                "TANGENTLAB_WEB_DIR", "mine/web"));
        ChapterFolders folders = ChapterFolders.resolve(onlyWeb);

        Path packaged = folders.packaged();
        assertEquals(packaged.resolve("exercises"), folders.settings().exercisesDir());
        assertEquals(packaged.resolve("reference/samples"), folders.settings().samplesDir());
        assertEquals(Path.of("mine/web"), folders.settings().web().staticDir());
        assertTrue(folders.describe().contains("web from mine/web"), folders.describe());
    }

    @Test
    void aDataFolderThisProgramMakesIsItsOwnersAlone() {
        Path data = temp.resolve("new/data");
        ChapterFolders.resolve(Settings.from(Map.of("TANGENTLAB_DATA_DIR", data.toString())));
        assertEquals("rwx------", mode(data));
    }

    @Test
    void anExistingDataFolderKeepsItsMode() throws IOException {
        Path data = Files.createDirectory(temp.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        ChapterFolders.resolve(Settings.from(Map.of("TANGENTLAB_DATA_DIR", data.toString())));
        assertEquals("rwxr-x---", mode(data));
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path jar(Map<String, String> chapter) throws IOException {
        Path jar = Files.createTempFile(temp, "tangentlab", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("com/tangentlab/Unrelated.class"));
            zip.closeEntry();
            for (Map.Entry<String, String> file : new TreeMap<>(chapter).entrySet()) {
                zip.putNextEntry(new JarEntry(PackagedChapter.ROOT + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path classFolder(Map<String, String> chapter) throws IOException {
        Path classes = Files.createTempDirectory(temp, "classes");
        for (Map.Entry<String, String> file : chapter.entrySet()) {
            Path path = classes.resolve(PackagedChapter.ROOT).resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return classes;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
