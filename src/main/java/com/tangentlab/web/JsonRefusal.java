package com.tangentlab.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;

/** An error answered by a Jetty handler before Javalin sees the request, in the API's JSON shape. */
final class JsonRefusal {
    private JsonRefusal() {}

    static void send(Request baseRequest, HttpServletResponse response, ObjectMapper mapper, int status,
            String message) throws IOException {
        baseRequest.setHandled(true);
        response.setStatus(status);
        // An unread body is not drained: the connection ends with this answer.
        response.setHeader(HttpHeader.CONNECTION.asString(), HttpHeaderValue.CLOSE.asString());
        response.setContentType(JsonBodies.JSON);
        response.getOutputStream().write(mapper.writeValueAsBytes(new Responses.Error(message)));
        // Sent now: the client may still be sending a body and wait for nothing else.
        response.flushBuffer();
    }
}
