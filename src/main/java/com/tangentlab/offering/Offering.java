package com.tangentlab.offering;

import java.time.Instant;

/** One class taking the chapter ("a course" to its users), with its own roster, settings and grades. */
public record Offering(long id, String title, boolean archived, Instant createdAt) {}
