package com.tangentlab.account;

import java.util.List;

/**
 * A roster whose every line was checked (fields, names, passwords, usernames free) before any
 * password is hashed: only {@link AccountService#checkRoster} makes one.
 */
public final class CheckedRoster {
    private final List<Roster.Entry> entries;

    CheckedRoster(List<Roster.Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Roster.Entry> entries() {
        return entries;
    }

    /** How many accounts it creates. */
    public int size() {
        return entries.size();
    }
}
