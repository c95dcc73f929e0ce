package com.tangentlab.course;

import java.nio.file.Path;

/** A theory page, or the chapter as a whole, that cannot be used; the message names the file and the fault. */
public final class InvalidChapterException extends RuntimeException {
    public InvalidChapterException(Path file, String problem) {
        super("theory " + file + ": " + problem);
    }

    /** A fault of the chapter as a whole, such as an exercise practising a section it does not have. */
    public InvalidChapterException(String problem) {
        super("theory: " + problem);
    }
}
