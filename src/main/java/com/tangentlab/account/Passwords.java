package com.tangentlab.account;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Password hashing (BCrypt) and generation; the only class that sees how passwords are hashed. */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72; // BCrypt ignores bytes beyond 72
    private static final int DEFAULT_COST = 10;
    /** No 0/O or 1/l/I, so a generated password can be read aloud or copied from paper. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 14;

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    /** Checked when the username is unknown, so that a wrong name costs as long as a wrong password. */
    private final String decoy;

    public Passwords() {
        this(DEFAULT_COST);
    }

    /** {@code cost} is BCrypt's log2 of rounds; tests may lower it. */
    public Passwords(int cost) {
        this.cost = cost;
        this.decoy = BCrypt.hashpw(generate(), BCrypt.gensalt(cost, random));
    }

    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost, random));
    }

    public boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }

    /** Spends the time of one check against nothing. */
    public void burnCheck(String password) {
        BCrypt.checkpw(password, decoy);
    }

    public String generate() {
        StringBuilder out = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return out.toString();
    }

    /** The problem with a chosen password, or null if it is acceptable. */
    public static String problem(String password) {
        if (password.length() < MIN_LENGTH) return "a password needs at least " + MIN_LENGTH + " characters";
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return "a password may have at most " + MAX_LENGTH + " bytes";
        }
        return null;
    }
}
