package com.tangentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.PlatformStore;
import com.tangentlab.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lti-register} stores a platform with its deployments and prints what to paste into it. */
class LtiRegisterCommandTest {
    private static final String SITE = "https://lab.example.edu";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        Settings settings = Settings.from(Map.of("TANGENTLAB_PUBLIC_URL", SITE));
        CommandLine cli = Main.commandLine(settings);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String database() {
        return "jdbc:h2:file:" + temp.resolve("db") + ";AUTO_SERVER=FALSE";
    }

    private String[] register(String issuer, String jwks) {
        return new String[] {"lti-register", "--data", temp.toString(), "--db", database(), "--issuer", issuer,
                "--client-id", "client-7", "--deployment-id", "dep-1", "--deployment-id", "dep-2",
                "--auth-url", "https://moodle.example.edu/mod/lti/auth.php",
                "--token-url", "https://moodle.example.edu/mod/lti/token.php", "--jwks-url", jwks};
    }

    @Test
    void aPlatformRegisteredOnTheCommandLineIsStoredWithItsDeploymentsAndTheToolsUrlsArePrinted() {
        assertEquals(0, run(register("https://moodle.example.edu", "https://moodle.example.edu/mod/lti/certs.php")),
                err.toString());
        assertTrue(out.toString().contains("login initiation URL: " + SITE + "/lti/login"), out.toString());
        assertTrue(out.toString().contains("launch / redirect URL: " + SITE + "/lti/launch"), out.toString());
        assertTrue(out.toString().contains("public keyset (JWKS) URL: " + SITE + "/lti/jwks"), out.toString());
        try (Database db = Database.open(database())) {
            List<Platform> platforms = new PlatformStore(db.dataSource(), Clock.systemUTC()).all();
            assertEquals(1, platforms.size());
            assertEquals("client-7", platforms.get(0).clientId());
            assertEquals(List.of("dep-1", "dep-2"), platforms.get(0).deploymentIds());
        }
    }

    @Test
    void aBadUrlIsAMisuseNamingTheFieldAndStoresNothing() {
        assertEquals(2, run(register("https://moodle.example.edu", "certs.php")));
        assertTrue(err.toString().contains("the JWKS URL must be an absolute https:// address"), err.toString());
    }

    @Test
    void registeringTheSameClientTwiceIsRefusedTheSecondTime() {
        assertEquals(0, run(register("https://canvas.example.edu", "https://canvas.example.edu/keys")));
        assertEquals(1, run(register("https://canvas.example.edu", "https://canvas.example.edu/keys")));
        assertTrue(err.toString().contains("is registered already with the client id client-7"), err.toString());
    }
}
