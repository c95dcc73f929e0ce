package com.tangentlab.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Request bodies: JSON read into a record, strictly (one value, no trailing content, no number
 * or boolean taken for a string, only as {@value #JSON}, which a cross-site form cannot send),
 * each problem answered with 400 or 415 in words that name no Java class.
 */
final class JsonBodies {
    static final String JSON = "application/json";
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Makes {@code mapper} read request bodies strictly; writing is unchanged. */
    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    <T> T read(Context ctx, Class<T> type) {
        requireJson(ctx);
        String body = RequestText.of(ctx);
        if (body.isBlank()) throw new BadRequestResponse("the request needs a JSON body");
        try {
            T value = mapper.readValue(body, type);
            if (value == null) throw new BadRequestResponse("the JSON body must be an object, not null");
            return value;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("malformed JSON body: " + problem(e));
        }
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!(type.equals(JSON) || type.startsWith(JSON + ";"))) {
            throw new HttpResponseException(UNSUPPORTED_MEDIA_TYPE, "send the body as " + JSON);
        }
    }

    /** Jackson's messages name the records they fill; these say what is wrong in the caller's terms. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) return "unknown field '" + unknown.getPropertyName() + "'";
        if (e instanceof JsonParseException parse) {
            return "not JSON at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "field '" + mapping.getPath().stream().map(JsonBodies::step).collect(Collectors.joining("."))
                    + "' has the wrong type";
        }
        return "expected one JSON object with the documented fields and nothing after it";
    }

    private static String step(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex());
    }

    /** {@code value}, or 400 naming the missing field. */
    static <T> T required(T value, String field) {
        if (value == null) throw new BadRequestResponse("missing field: " + field);
        return value;
    }
}
