package com.tangentlab.cli;

import com.tangentlab.config.Settings;
import com.tangentlab.content.ChapterFolders;
import com.tangentlab.store.Database;
import java.util.List;

/** What a command says when it starts: where its data, its database and its chapter are. */
final class StartLines {
    private StartLines() {}

    static List<String> of(Settings settings, ChapterFolders folders) {
        return List.of("data folder: " + settings.dataDir().toAbsolutePath().normalize(),
                "database: " + Database.redacted(settings.databaseUrl()),
                folders.describe());
    }
}
