package com.tangentlab.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body as text, decoded strictly as UTF-8: bytes that are not UTF-8 (a lone surrogate
 * among them) are refused with 400 instead of being replaced, so what is stored is what was sent.
 */
final class RequestText {
    private RequestText() {}

    static String of(Context ctx) {
        return decode(ctx.bodyAsBytes());
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("the request body is not valid UTF-8 text");
        }
    }
}
