package com.tangentlab.cli;

import com.tangentlab.config.Settings;
import com.tangentlab.content.ChapterFolders;
import java.util.List;
import java.util.regex.Pattern;

/** What a command says when it starts: where its data, its database and its chapter are. */
final class StartLines {
    /** A password in a JDBC URL's parameters (PostgreSQL's {@code ?password=} or H2's {@code ;PASSWORD=}). */
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private StartLines() {}

    static List<String> of(Settings settings, ChapterFolders folders) {
        return List.of("data folder: " + settings.dataDir().toAbsolutePath().normalize(),
                "database: " + withoutPassword(settings.databaseUrl()),
                folders.describe());
    }

    /** The URL as it may be printed or logged: a password it carries is replaced by stars. */
    static String withoutPassword(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
