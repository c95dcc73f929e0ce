package com.tangentlab.offering;

/** One line of an offering's roster. */
public record Member(String username, String displayName, OfferingRole role) {}
