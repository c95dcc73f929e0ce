package com.tangentlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a command keeps its data and reads its chapter when nothing says otherwise. */
class SettingsDefaultsTest {

    static Stream<Arguments> dataFolders() {
        return Stream.of(
                Arguments.of("a user's data folder is under ~/.local/share", "ada",
                        Map.of("HOME", "/home/ada"), "/home/ada/.local/share/tangentlab"),
                Arguments.of("XDG_DATA_HOME moves a user's", "ada",
                        Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "/data/ada"), "/data/ada/tangentlab"),
                Arguments.of("a relative XDG_DATA_HOME is ignored, as the specification says", "ada",
                        Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "ada/data"), "/home/ada/.local/share/tangentlab"),
                Arguments.of("root's is the system's", "root",
                        Map.of("HOME", "/root"), "/var/lib/tangentlab"),
                Arguments.of("a systemd service's is its StateDirectory", "tangentlab",
                        Map.of("HOME", "/", "STATE_DIRECTORY", "/var/lib/tangentlab-web"), "/var/lib/tangentlab-web"),
                Arguments.of("of several state folders systemd names, the first", "root",
                        Map.of("STATE_DIRECTORY", "/var/lib/a:/var/lib/b"), "/var/lib/a"),
                Arguments.of("TANGENTLAB_DATA_DIR overrides them all", "root",
                        Map.of("STATE_DIRECTORY", "/var/lib/a", "TANGENTLAB_DATA_DIR", "/srv/tl"), "/srv/tl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFolders")
    void theDataFolderDefaultsToAPerUserOrPerServicePlace(String why, String user, Map<String, String> env,
            String expected) {
        Settings settings = Settings.from(env, user);
        assertEquals(Path.of(expected), settings.dataDir());
        assertEquals(Settings.h2FileUrl(Path.of(expected)), settings.databaseUrl(), "the database lives in it");
    }

    @Test
    void theChaptersFoldersAreThePackagedCopyUnlessNamed() {
        Settings packaged = Settings.from(Map.of("HOME", "/home/ada"), "ada");
        assertNull(packaged.exercisesDir());
        assertNull(packaged.samplesDir());
        assertNull(packaged.web().staticDir());

        Settings own = Settings.from(Map.of("TANGENTLAB_EXERCISES_DIR", "/authoring/exercises",
                "TANGENTLAB_SAMPLES_DIR", "/authoring/samples", "TANGENTLAB_WEB_DIR", "/authoring/web"), "ada");
        assertEquals(Path.of("/authoring/exercises"), own.exercisesDir());
        assertEquals(Path.of("/authoring/samples"), own.samplesDir());
        assertEquals(Path.of("/authoring/web"), own.web().staticDir());
    }

    @Test
    void anotherDataFolderTakesTheDefaultDatabaseAlong() {
        Settings settings = Settings.from(Map.of("HOME", "/home/ada"), "ada").withDataFolder(Path.of("/srv/tl"));
        assertEquals(Path.of("/srv/tl"), settings.dataDir());
        assertEquals(Settings.h2FileUrl(Path.of("/srv/tl")), settings.databaseUrl());
    }

    @Test
    void anotherDataFolderLeavesADatabaseSetApartWhereItIs() {
        String url = "jdbc:postgresql://db.example:5432/tangentlab";
        Settings settings = Settings.from(Map.of("HOME", "/home/ada", "TANGENTLAB_DB_URL", url), "ada")
                .withDataFolder(Path.of("/srv/tl"));
        assertEquals(url, settings.databaseUrl());
    }

    @Test
    void theSessionCookieIsSecureOnlyWhenThePublicAddressIsHttps() {
        Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/ada"));
        assertFalse(Settings.from(env, "ada").web().secureCookie(), "no public address: plain HTTP assumed");
        env.put("TANGENTLAB_PUBLIC_URL", "http://tangentlab.example");
        assertFalse(Settings.from(env, "ada").web().secureCookie());
        env.put("TANGENTLAB_PUBLIC_URL", "https://tangentlab.example");
        assertTrue(Settings.from(env, "ada").web().secureCookie());
    }

    @Test
    void aPublicAddressThatIsNotHttpIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Map.of("TANGENTLAB_PUBLIC_URL", "tangentlab.example"), "ada"));
        assertTrue(e.getMessage().contains("TANGENTLAB_PUBLIC_URL"), e.getMessage());
    }
}
