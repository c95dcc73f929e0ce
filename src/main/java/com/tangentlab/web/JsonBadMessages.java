package com.tangentlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests Jetty refuses before any route sees them (a path with {@code ..} or an encoded
 * separator, a malformed header) answer in the same JSON shape as every other error, instead
 * of Jetty's HTML page.
 */
final class JsonBadMessages extends ErrorHandler {
    private final ObjectMapper mapper;

    JsonBadMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        String message = "malformed request (" + status + " " + (reason == null ? "Bad Request" : reason)
                + "): a path with '..' or an encoded separator, or a malformed header, is refused before any route";
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(new Responses.Error(message)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error record must always serialise", e);
        }
    }
}
