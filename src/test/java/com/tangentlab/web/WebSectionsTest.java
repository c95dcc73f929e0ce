package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.web.WebFixture.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chapter's sections over HTTP: every section listed with its title, and one section's theory and exercises. */
class WebSectionsTest {
    private static WebFixture server;

    @BeforeAll
    static void start() {
        server = WebFixture.start(web -> web);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theListHasEverySectionInOrderWithItsTitle() throws Exception {
        JsonNode sections = server.signedIn("alice").get("/api/sections").json();

        List<String> numbers = new ArrayList<>();
        sections.forEach(s -> numbers.add(s.get("section").asText()));
        assertEquals(IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).toList(), numbers);
        sections.forEach(s -> assertTrue(s.get("title").asText().length() > 5, s.toString()));
        assertEquals("The softmax Jacobian", sections.get(2).get("title").asText());
        assertEquals("softmax-jacobian", sections.get(2).get("exercises").get(0).get("id").asText());
    }

    @Test
    void aSectionGivesItsTitleTheoryAndExercisesWithProgress() throws Exception {
        Response r = server.signedIn("bob").get("/api/sections/3");

        assertEquals(200, r.status(), r.toString());
        JsonNode section = r.json();
        assertEquals("3", section.get("number").asText());
        assertEquals("The softmax Jacobian", section.get("title").asText());
        assertTrue(section.get("theory").asText().contains("\\operatorname{diag}(p) - pp^\\top"), section.toString());
        assertTrue(section.get("theory").asText().contains("```figure\nsoftmax-jacobian\n```"), section.toString());
        JsonNode exercise = section.get("exercises").get(0);
        assertEquals("softmax-jacobian", exercise.get("id").asText());
        assertTrue(exercise.get("bestScore").isNull(), exercise.toString());
        assertEquals(exercise.get("points").asDouble(), section.get("points").asDouble());
        assertEquals(0, section.get("attempted").asInt());
    }

    @Test
    void aSectionWithoutExercisesHasItsTextAlone() throws Exception {
        JsonNode section = server.signedIn("alice").get("/api/sections/5").json();

        assertEquals("5", section.get("number").asText());
        assertTrue(section.get("title").asText().contains("gradient flow"), section.toString());
        assertTrue(section.get("theory").asText().contains("```figure\ngradient-flow\n```"), section.toString());
        assertEquals(0, section.get("exercises").size());
        assertEquals(0.0, section.get("points").asDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "0", "03", "3.1", "softmax"})
    void anUnknownSectionIsNotFound(String number) throws Exception {
        Response r = server.signedIn("alice").get("/api/sections/" + number);

        assertEquals(404, r.status(), r.toString());
        assertEquals("there is no section '" + number + "'", r.json().get("error").asText());
    }
}
