package com.tangentlab.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's database name goes into CREATE DATABASE as text, so anything but a plain identifier, and
 * any server but PostgreSQL, is refused before the server is asked.
 */
class LoadDatabaseTest {
    private static final String ADMIN = "jdbc:postgresql://127.0.0.1:1/postgres?user=u&password=p";

    @Test
    void namesThatAreNotPlainIdentifiersAreRefusedBeforeAnyConnection() {
        for (String name : new String[] {"", "Upper", "1starts_with_digit", "semi;colon", "quote\"d",
                "a".repeat(64)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LoadDatabase.create(ADMIN, name), name);
            assertEquals("not a database name: " + name, e.getMessage());
        }
    }

    @Test
    void anH2UrlIsRefusedBeforeAnyConnection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadDatabase.create("jdbc:h2:mem:x", "tl_load_1_1w"));
        assertEquals("not a PostgreSQL JDBC URL: jdbc:postgresql://host:port/database?...", e.getMessage());
    }

    @Test
    void theLongestPlainNameGetsAsFarAsTheServer() {
        // 63 characters is PostgreSQL's limit and passes the check; port 1 has no server, so the refusal is the server's.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LoadDatabase.create(ADMIN, "a".repeat(63)));
        assertTrue(e.getMessage().startsWith("PostgreSQL refused CREATE DATABASE"), e.getMessage());
    }
}
