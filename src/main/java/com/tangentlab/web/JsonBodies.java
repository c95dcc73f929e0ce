package com.tangentlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Request bodies: JSON read into a record, each problem answered with 400 and its name. */
final class JsonBodies {
    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) throw new BadRequestResponse("the request needs a JSON body");
        try {
            T value = mapper.readValue(body, type);
            if (value == null) throw new BadRequestResponse("the JSON body must be an object, not null");
            return value;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("malformed JSON body: " + e.getOriginalMessage());
        }
    }

    /** {@code value}, or 400 naming the missing field. */
    static String required(String value, String field) {
        if (value == null) throw new BadRequestResponse("missing field: " + field);
        return value;
    }
}
