package com.tangentlab.account;

/** What a stored name may hold: text that displays and round-trips through UTF-8 unchanged. */
final class Names {
    private Names() {}

    /** False for control characters (NUL, line breaks) and for a surrogate without its pair. */
    static boolean printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) return false;
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
