package com.tangentlab.grade;

import java.nio.file.Path;

/** One file {@code <folder>/<student>/<exerciseId>.jsh} found in a folder to grade. */
public record FolderEntry(String student, String exerciseId, Path file) {}
