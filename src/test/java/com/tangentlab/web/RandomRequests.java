package com.tangentlab.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Random path parameters, queries, content types and bodies, all drawn from one seeded source. */
final class RandomRequests {
    private static final List<String> PARAMETERS = List.of("newton-step", "softmax-jacobian", "1", "0", "-1",
            "99999999999999999999", "abc", "%u002e", "%2e%2e", "..%2f..%2fpom.xml", "%00", "%ff%fe", "%E2%80%AE",
            "nobody", "1.3", "pair", "x".repeat(2000), "%C0%AE", "%252e", "NaN", "1e308", "%20");
    private static final List<String> QUERIES = List.of("", "?threshold=2", "?threshold=-0.5", "?threshold=NaN",
            "?limit=0", "?limit=2001", "?limit=abc", "?from=2026-13-01", "?from=1&to=2", "?a=1&b=2",
            "?student=alice&exercise=newton-step", "?exercise=%u002e", "?status=ungraded", "?status=%00",
            "?to=+999999999-12-31", "?threshold=" + "9".repeat(400));
    private static final List<String> TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/csv", "text/plain", "multipart/form-data", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "APPLICATION/JSON", "application/jsonx");
    private static final List<String> JSON_VALUES = List.of("null", "true", "42", "-1e999", "\"\"", "\"x\"",
            "\"\\u0000\"", "\"\\ud800\"", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "\"" + "y".repeat(5000) + "\"",
            "\"newton-step\"", "\"best\"", "\"penalty\"", "12.5", "\"2026-01-01T00:00:00Z\"");
    private static final List<String> FIELDS = List.of("code", "username", "password", "currentPassword",
            "newPassword", "exercise", "gradingPolicy", "latePolicy", "penaltyPercentPerDay", "deadlines", "extra", "");
    /** Bounds so that one request stays small and the pass stays quick. */
    private static final int MAX_FIELDS = 4;
    private static final int MAX_RANDOM_BYTES = 4096;

    private final Random random;

    RandomRequests(Random random) {
        this.random = random;
    }

    /** The README's path with each {parameter} replaced, and sometimes a query. */
    String path(String template) {
        StringBuilder path = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            path.append(part.startsWith("{") ? pick(PARAMETERS) : part);
        }
        return path + (random.nextInt(3) == 0 ? pick(QUERIES) : "");
    }

    /** A content type, or null for none. */
    String contentType() {
        return random.nextInt(6) == 0 ? null : pick(TYPES);
    }

    byte[] body() {
        return switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> randomBytes();
            case 2 -> ("username,display_name,password\n" + pick(PARAMETERS) + "," + pick(JSON_VALUES) + ",\n")
                    .getBytes(StandardCharsets.UTF_8);
            default -> jsonObject().getBytes(StandardCharsets.UTF_8);
        };
    }

    private String jsonObject() {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(MAX_FIELDS + 1);
        for (int i = 0; i < fields; i++) {
            if (i > 0) json.append(',');
            json.append('"').append(pick(FIELDS)).append("\":").append(pick(JSON_VALUES));
        }
        json.append('}');
        return random.nextInt(8) == 0 ? json + pick(JSON_VALUES) : json.toString();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(MAX_RANDOM_BYTES)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
