package com.tangentlab.store;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Brings a database to the newest schema with the one set of migrations that H2 and PostgreSQL
 * share. The schema comes only from migrations.
 */
final class Migrations {
    private static final String LOCATION = "classpath:db/migration";

    /**
     * Checksums of V1 and V2 as released with H2's CLOB columns, before they were rewritten in
     * portable SQL. A database that applied them holds the old text types until V6 converts them;
     * it is the only mismatch accepted, and only with exactly these checksums.
     */
    private static final Map<String, Integer> RELEASED_WITH_CLOB = Map.of("1", -542670686, "2", 425913938);

    private Migrations() {}

    static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
        if (appliedReleasedClobMigrations(flyway)) flyway.repair();
        flyway.migrate();
    }

    /**
     * True when the only checksums that differ are those of V1 and V2 applied as released with CLOBs;
     * any other mismatch is left for {@link Flyway#migrate()} to refuse.
     */
    private static boolean appliedReleasedClobMigrations(Flyway flyway) {
        ValidateResult result = flyway.validateWithResult();
        if (result.validationSuccessful) return false;
        var mismatches = result.invalidMigrations.stream()
                .filter(m -> m.errorDetails != null && m.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                .toList();
        return !mismatches.isEmpty() && mismatches.stream().allMatch(m -> appliedAsReleased(flyway, m));
    }

    private static boolean appliedAsReleased(Flyway flyway, ValidateOutput mismatch) {
        Integer released = RELEASED_WITH_CLOB.get(mismatch.version);
        if (released == null) return false;
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getVersion() != null && mismatch.version.equals(applied.getVersion().getVersion())) {
                return Objects.equals(applied.getChecksum(), released);
            }
        }
        return false;
    }
}
