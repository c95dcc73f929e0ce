package com.tangentlab.similarity;

/**
 * One token of normalised Java: identifiers read {@code ID}, literals {@code LIT}, keywords and
 * operators themselves.
 *
 * @param line  1-based line of its first character
 * @param start offset of its first character in the source
 * @param end   offset just past its last character
 */
public record Token(String text, int line, int start, int end) {}
