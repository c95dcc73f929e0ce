package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/figures/{id} over HTTP: the computed figure, and the requests it refuses. */
class WebFiguresTest {
    private static WebFixture server;
    private static Client alice;

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(web -> web);
        alice = server.signedIn("alice");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSignedInReaderGetsTheFigureWithItsParametersAndBlocks() throws Exception {
        Response r = alice.get("/api/figures/gradient-flow?depth=12");
        assertEquals(200, r.status(), r.toString());
        JsonNode plot = r.json();
        assertEquals("gradient-flow", plot.get("id").asText());
        assertEquals("Gradient flow through depth", plot.get("title").asText());
        assertTrue(plot.get("caption").asText().contains("depth 12"), plot.get("caption").asText());
        JsonNode depth = plot.get("parameters").get(0);
        assertEquals("depth", depth.get("name").asText());
        assertEquals(5, depth.get("min").asDouble());
        assertEquals(100, depth.get("max").asDouble());
        JsonNode chart = plot.get("blocks").get(0);
        assertEquals("chart", chart.get("type").asText());
        assertTrue(chart.get("y").get("log").asBoolean());
        JsonNode series = chart.get("series").get(0);
        assertEquals("LINE", series.get("style").asText());
        assertEquals(13, series.get("points").size(), "one point per layer, 0 to 12");
        assertEquals(2, series.get("points").get(0).size());
        assertEquals("table", plot.get("blocks").get(1).get("type").asText());
    }

    @Test
    void checksArriveAsNamedVerdictsWithTheirNumbers() throws Exception {
        Response r = alice.get("/api/figures/softmax-jacobian");
        assertEquals(200, r.status(), r.toString());
        JsonNode blocks = r.json().get("blocks");
        JsonNode checks = blocks.get(blocks.size() - 1);
        assertEquals("checks", checks.get("type").asText());
        for (JsonNode c : checks.get("checks")) {
            assertTrue(c.get("pass").asBoolean(), c.toString());
            assertTrue(!c.get("name").asText().isBlank() && !c.get("detail").asText().isBlank(), c.toString());
        }
    }

    @Test
    void anUnknownFigureIsNotFound() throws Exception {
        Response r = alice.get("/api/figures/no-such-figure");
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.json().get("error").asText().contains("no-such-figure"), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "gradient-flow?width=3    | has no parameter 'width'",
            "gradient-flow?depth=deep | depth must be a number, not 'deep'",
            "gradient-flow?depth=101  | must be between 5.0 and 100.0, not 101",
            "newton-vs-gd?kappa=0     | must be between 1.0 and 100.0, not 0"})
    void aBadParameterIsABadRequestThatSaysWhy(String query, String message) throws Exception {
        Response r = alice.get("/api/figures/" + query);
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.json().get("error").asText().contains(message), r.toString());
    }

    @Test
    void aReaderWhoIsNotSignedInIsRefused() throws Exception {
        assertEquals(401, server.client().get("/api/figures/softmax-jacobian").status());
    }
}
