package com.tangentlab.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpInput;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The request-size limit for every body, whoever reads it (JSON, CSV, multipart forms): a
 * declared length over the limit is refused before a byte is read, and any other body, chunked
 * included, fails with a {@link BodyFault} as soon as the bytes read pass the limit,
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
            JsonRefusal.send(baseRequest, response, mapper, 413, BodyFault.tooLargeMessage(maxBytes));
            return;
        }
        baseRequest.getHttpInput().addInterceptor(new Counter(maxBytes));
        super.handle(target, baseRequest, request, response);
    }

    /**
     * Counts the body's bytes as Jetty hands them over; past the limit, reading fails for good.
     * A failure of Jetty's own (a bad chunk, a body cut short) becomes a {@link BodyFault} too:
     * Javalin would otherwise take it for the client hanging up and answer an empty 500.
     */
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
            if (content.isSpecial()) {
                if (content.getError() == null) return content;
                failure = new HttpInput.ErrorContent(BodyFault.malformed(problem(content.getError())));
                return failure;
            }
            seen += content.remaining();
            if (seen <= maxBytes) return content;
            content.skip(content.remaining());
            failure = new HttpInput.ErrorContent(BodyFault.tooLarge(maxBytes));
            return failure;
        }

        private static String problem(Throwable error) {
            if (error instanceof BadMessageException bad && bad.getReason() != null) return bad.getReason();
            return "it ended before it was complete";
        }
    }
}
