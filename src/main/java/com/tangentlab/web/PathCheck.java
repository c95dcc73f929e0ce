package com.tangentlab.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Paths that cannot name anything are refused with 400 before any route or file lookup: a
 * percent sign not followed by two hex digits ({@code %u002e}, which Javalin's decoder would
 * throw on), a {@code .} or {@code ..} segment, plain or encoded, and a file path ending in
 * {@code /} (Jetty's file lookup takes both for aliases and would fail with a server error).
 */
final class PathCheck extends HandlerWrapper {
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern ENCODED_DOT = Pattern.compile("%2[eE]");
    private static final String API = "/api/";

    private final ObjectMapper mapper;

    PathCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String problem = problem(baseRequest.getHttpURI().getPath());
        if (problem != null) {
            JsonRefusal.send(baseRequest, response, mapper, 400, "malformed path: " + problem);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }

    /** What is wrong with the raw (still encoded) path, or null. */
    static String problem(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) return null;
        if (BAD_ESCAPE.matcher(rawPath).find()) return "a '%' must be followed by two hex digits";
        for (String segment : rawPath.split("/", -1)) {
            String plain = ENCODED_DOT.matcher(segment).replaceAll(".");
            if (plain.equals(".") || plain.equals("..")) return "'.' and '..' segments are refused";
        }
        if (!rawPath.startsWith(API) && rawPath.length() > 1 && rawPath.endsWith("/")) {
            return "a file path may not end in '/'";
        }
        return null;
    }
}
