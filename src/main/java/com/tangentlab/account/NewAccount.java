package com.tangentlab.account;

/**
 * An account just created, with its password in clear: shown once to whoever created it, never stored.
 *
 * @param generated whether the password was generated here rather than given
 */
public record NewAccount(User user, String password, boolean generated) {}
