package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An address with nothing behind it answers 404 in the asker's terms: an API caller and a script or
 * stylesheet a page loads read why in JSON, a browser opening a page gets the not-found page.
 */
class WebNotFoundTest {
    /** What Chromium sends when it opens a page, a script and a stylesheet. */
    private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String SCRIPT = "*/*";
    private static final String STYLESHEET = "text/css,*/*;q=0.1";

    private static WebFixture server;

    @BeforeAll
    static void start() {
        server = WebFixture.start(w -> w);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} asked as {1} says: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /js/nosuch.js      | script     | no such file: /js/nosuch.js
            /css/x.css         | stylesheet | no such file: /css/x.css
            /api/nosuch        | script     | no such API route: GET /api/nosuch
            /api/nosuch        | page       | no such API route: GET /api/nosuch
            /api/exercises/x/y | page       | no such API route: GET /api/exercises/x/y
            """)
    void aMissingFileOrRouteIsA404InJsonNamingIt(String path, String asked, String error)
            throws IOException, InterruptedException {
        WebFixture.Response r = server.client().getAccepting(path, accept(asked));
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.toString());
        assertEquals(error, r.json().get("error").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/nosuch.html", "/js/nosuch.js", "/css/x.css", "/course/nowhere"})
    void aBrowserOpeningAMissingPageGetsTheNotFoundPageWithAWayBack(String path)
            throws IOException, InterruptedException {
        WebFixture.Response r = server.client().getAccepting(path, PAGE);
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("text/html"), r.toString());
        String html = r.raw().body();
        assertTrue(html.contains("<title>Not found · Tangent Lab</title>"), html);
        assertTrue(html.contains("<a href=\"/home.html\">Back to the course home</a>"), html);
    }

    @Test
    void anExistingFileIsStillServed() throws IOException, InterruptedException {
        WebFixture.Response r = server.client().getAccepting("/js/dom.js", SCRIPT);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.raw().body().contains("export function el("), "the script itself");
    }

    private static String accept(String asked) {
        return switch (asked) {
            case "page" -> PAGE;
            case "script" -> SCRIPT;
            case "stylesheet" -> STYLESHEET;
            default -> throw new IllegalArgumentException(asked);
        };
    }
}
