package com.tangentlab.app;

import com.tangentlab.check.Judge;
import com.tangentlab.config.Settings;
import com.tangentlab.content.ChapterFolders;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.sandbox.AgentPool;
import com.tangentlab.sandbox.Host;
import com.tangentlab.store.Database;
import com.tangentlab.store.SubmissionStore;
import java.time.Clock;

/** Everything a command needs, built once from the settings and closed together. */
public record Services(Settings settings, ExerciseCatalog catalog, Database database, SubmissionStore store,
        AgentPool pool, Judge judge) implements AutoCloseable {

    /**
     * Loads the exercises (the packaged chapter's where no folder is named), opens and migrates
     * the database, and starts the sandbox agents.
     */
    public static Services start(Settings requested) {
        Settings settings = ChapterFolders.resolve(requested).settings();
        ExerciseCatalog catalog = ExerciseCatalog.load(settings.exercisesDir(), settings.samplesDir());
        Database database = Database.open(settings.databaseUrl());
        try {
            AgentPool pool = new AgentPool(settings, Host.probe(settings.isolation()));
            return new Services(settings, catalog, database, new SubmissionStore(database.dataSource(),
                    Clock.systemUTC()), pool, new Judge(pool, settings));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The start-up warning when the sandbox is only partly isolated, or empty. */
    public String isolationWarning() {
        return pool.host().warning();
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            database.close();
        }
    }
}
