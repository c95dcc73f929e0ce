package com.tangentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --data, --exercises and --samples, given after any command, are the folders it reads, and it says so. */
class FolderOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private Path submissions;

    @BeforeEach
    void emptyBatch() throws IOException {
        submissions = Files.createDirectories(temp.resolve("submissions"));
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine(Settings.fromEnvironment());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theExercisesFolderGivenIsTheOneRead() {
        Path missing = temp.resolve("my-exercises");
        assertEquals(1, run("grade", submissions.toString(), "--exercises", missing.toString(),
                "--data", temp.resolve("data").toString()));
        assertTrue(err.toString().contains(missing.toString()) && err.toString().contains("does not exist"),
                err.toString());
    }

    @Test
    void theSamplesFolderGivenIsTheOneRead() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("my-samples"));
        assertEquals(1, run("grade", submissions.toString(), "--samples", empty.toString(),
                "--data", temp.resolve("data").toString()));
        assertTrue(err.toString().contains(empty.toString()) && err.toString().contains("does not exist"),
                err.toString());
    }

    @Test
    void theDataFolderGivenIsTheOneSaidAndItsDatabaseWithIt() {
        Path data = temp.resolve("data");
        run("grade", submissions.toString(), "--exercises", temp.resolve("none").toString(), "--data",
                data.toString());
        assertTrue(err.toString().contains("data folder: " + data), err.toString());
        assertTrue(err.toString().contains("database: " + Settings.h2FileUrl(data)), err.toString());
    }
}
