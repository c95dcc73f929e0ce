package com.tangentlab.store;

/** How many submissions, and of how many students, failed a test with this hint. */
public record HintTally(String hint, int submissions, int students) {}
