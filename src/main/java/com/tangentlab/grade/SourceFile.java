package com.tangentlab.grade;

import com.tangentlab.score.Status;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Reads a submitted file as UTF-8 text, or says why it cannot be graded. */
public final class SourceFile {

    /** What reading a file gave. */
    public sealed interface Reading permits Text, Unusable {}

    public record Text(String code) implements Reading {}

    /** @param status a {@link NotGraded} or {@link Status} label for the report */
    public record Unusable(String status, String message) implements Reading {}

    private SourceFile() {}

    /** Reads {@code file}; files over {@code maxBytes} are rejected unread, so a huge file cannot exhaust memory. */
    public static Reading read(Path file, int maxBytes) {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Unusable(NotGraded.UNREADABLE.label(), "not a regular file (links are not followed)");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Unusable(Status.REJECTED.label(), "the submission is " + size
                        + " bytes long; the limit is " + maxBytes + " bytes");
            }
            return new Text(decode(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            return new Unusable(NotGraded.UNREADABLE.label(), "the file is not UTF-8 text");
        } catch (IOException e) {
            return new Unusable(NotGraded.UNREADABLE.label(), "cannot read the file: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
