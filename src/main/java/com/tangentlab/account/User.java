package com.tangentlab.account;

/** A signed-up person, without their password hash. */
public record User(String username, String displayName, Role role) {}
