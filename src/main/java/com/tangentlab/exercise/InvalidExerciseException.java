package com.tangentlab.exercise;

import java.nio.file.Path;

/** An exercise folder that cannot be used; the message names the folder and the fault. */
public final class InvalidExerciseException extends RuntimeException {
    public InvalidExerciseException(Path folder, String problem) {
        super("exercise " + folder + ": " + problem);
    }
}
