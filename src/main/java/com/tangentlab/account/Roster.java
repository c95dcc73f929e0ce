package com.tangentlab.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A class list in CSV: {@code username,display_name,password} per line, the password
 * optional (one is then generated). A first line naming the columns is skipped, as is the
 * byte-order mark spreadsheets put first; a field in double quotes may hold commas, and a
 * quote written twice stands for one (RFC 4180, one line per record).
 */
public final class Roster {
    /** Lower-case so that "Alice" and "alice" cannot both exist. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final String HEADER = "username,display_name,password";
    private static final int MAX_DISPLAY_NAME = 255;
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /**
     * Students one upload may create. Each password takes a BCrypt hash (tens of milliseconds on
     * an idle core), so a class of this size is a job of minutes; larger ones are split.
     */
    public static final int MAX_ACCOUNTS = 10_000;

    /** One student to create; a null password means "generate one". */
    public record Entry(String username, String displayName, String password) {}

    private Roster() {}

    /** Every entry, or an {@link AccountException} naming the first bad line. */
    public static List<Entry> parse(String csv) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines = (csv.startsWith(BYTE_ORDER_MARK) ? csv.substring(1) : csv).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.replace(" ", "").equalsIgnoreCase(HEADER))) continue;
            if (entries.size() == MAX_ACCOUNTS) {
                invalid(i + 1, "a roster may create at most " + MAX_ACCOUNTS + " accounts; split the class");
            }
            Entry entry = entry(line, i + 1);
            if (!seen.add(entry.username())) invalid(i + 1, "the username " + entry.username() + " appears twice");
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new AccountException(AccountException.Reason.INVALID, "the roster has no students; expected lines"
                    + " of " + HEADER);
        }
        return entries;
    }

    private static Entry entry(String line, int number) {
        List<String> parsed = CsvLine.fields(line);
        if (parsed == null) invalid(number, "a quoted field is not closed");
        String[] fields = parsed.toArray(String[]::new);
        if (fields.length < 2 || fields.length > 3) {
            invalid(number, "expected username,display_name[,password] but found " + fields.length + " field(s)");
        }
        String username = fields[0].strip();
        String displayName = fields[1].strip();
        String password = fields.length == 3 && !fields[2].strip().isEmpty() ? fields[2].strip() : null;
        if (!USERNAME.matcher(username).matches()) {
            invalid(number, "the username '" + username + "' must be 1 to 64 lower-case letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            invalid(number, "the display name must have 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        if (!Names.printable(displayName)) {
            invalid(number, "the display name may not hold control characters (NUL, line breaks) or broken"
                    + " characters (a lone surrogate)");
        }
        if (password != null && Passwords.problem(password) != null) invalid(number, Passwords.problem(password));
        return new Entry(username, displayName, password);
    }

    private static void invalid(int line, String problem) {
        throw new AccountException(AccountException.Reason.INVALID, "roster line " + line + ": " + problem);
    }
}
