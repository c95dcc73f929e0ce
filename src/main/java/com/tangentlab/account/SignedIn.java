package com.tangentlab.account;

/**
 * A live session: who it belongs to and the CSRF token its state-changing requests must carry.
 *
 * @param token the secret the session cookie holds; only its hash is stored
 * @param chosenOffering the course the session last chose to work in; null before any choice
 */
public record SignedIn(User user, String token, String csrfToken, Long chosenOffering) {}
