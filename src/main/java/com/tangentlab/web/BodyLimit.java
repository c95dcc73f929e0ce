package com.tangentlab.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.HttpInput;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The request-size limit for every body, whoever reads it (JSON, CSV, multipart forms): a
 * declared length over the limit is refused before a byte is read, and any other body, chunked
 * included, fails with {@link BodyTooLargeException} as soon as the bytes read pass the limit,
 * so that nothing bigger is ever buffered, parsed or stored.
 */
final class BodyLimit extends HandlerWrapper {
    private final long maxBytes;
    private final ObjectMapper mapper;

    BodyLimit(long maxBytes, ObjectMapper mapper) {
        this.maxBytes = maxBytes;
        this.mapper = mapper;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (baseRequest.getContentLengthLong() > maxBytes) {
            refuse(baseRequest, response);
            return;
        }
        baseRequest.getHttpInput().addInterceptor(new Counter(maxBytes));
        super.handle(target, baseRequest, request, response);
    }

    private void refuse(Request baseRequest, HttpServletResponse response) throws IOException {
        baseRequest.setHandled(true);
        response.setStatus(413);
        // The unread body is not drained: the connection ends with this answer.
        response.setHeader(HttpHeader.CONNECTION.asString(), HttpHeaderValue.CLOSE.asString());
        response.setContentType("application/json");
        response.getOutputStream().write(mapper.writeValueAsBytes(
                new Responses.Error(BodyTooLargeException.message(maxBytes))));
        // Sent now: the client may still be sending the body and wait for nothing else.
        response.flushBuffer();
    }

    /** Counts the body's bytes as Jetty hands them over; past the limit, reading fails for good. */
    private static final class Counter implements HttpInput.Interceptor {
        private final long maxBytes;
        private long seen;
        private HttpInput.Content failure;

        Counter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public HttpInput.Content readFrom(HttpInput.Content content) {
            if (failure != null) return failure;
            if (content.isSpecial()) return content;
            seen += content.remaining();
            if (seen <= maxBytes) return content;
            content.skip(content.remaining());
            failure = new HttpInput.ErrorContent(new BodyTooLargeException(maxBytes));
            return failure;
        }
    }
}
