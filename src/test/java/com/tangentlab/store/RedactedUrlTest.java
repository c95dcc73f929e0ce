package com.tangentlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The database URL a command prints at start never shows a password it carries. */
class RedactedUrlTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:/var/lib/tangentlab/tangentlab;AUTO_SERVER=FALSE | jdbc:h2:file:/var/lib/tangentlab/tangentlab;AUTO_SERVER=FALSE",
        "jdbc:postgresql://db:5432/tangentlab?user=tl&password=s3cr3t | jdbc:postgresql://db:5432/tangentlab?user=tl&password=***",
        "jdbc:postgresql://db/tangentlab?password=s3cr3t&user=tl&ssl=true | jdbc:postgresql://db/tangentlab?password=***&user=tl&ssl=true",
        "jdbc:h2:tcp://db/tl;USER=sa;PASSWORD=s3cr3t;MODE=PostgreSQL | jdbc:h2:tcp://db/tl;USER=sa;PASSWORD=***;MODE=PostgreSQL",
        "jdbc:postgresql://db/tl?user=tl&password= | jdbc:postgresql://db/tl?user=tl&password=***",
    })
    void aPasswordInTheDatabaseUrlIsReplacedByStars(String url, String printed) {
        assertEquals(printed, Database.redacted(url));
    }
}
