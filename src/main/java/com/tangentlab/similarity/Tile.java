package com.tangentlab.similarity;

/** A run of {@code length} equal tokens, at token {@code a} of one sequence and token {@code b} of the other. */
public record Tile(int a, int b, int length) {}
