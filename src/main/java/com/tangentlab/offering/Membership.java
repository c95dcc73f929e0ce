package com.tangentlab.offering;

/** An offering a user belongs to, with the user's role in it. */
public record Membership(Offering offering, OfferingRole role) {}
