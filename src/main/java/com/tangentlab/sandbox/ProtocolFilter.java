package com.tangentlab.sandbox;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * JEP 290 filter for what the trusted side deserializes from an agent: only the few plain
 * types the JShell protocol and the harness send, in small, shallow graphs.
 */
final class ProtocolFilter implements ObjectInputFilter {
    private static final Set<Class<?>> ALLOWED = Set.of(String.class, byte[].class, boolean[].class,
            StackTraceElement.class, StackTraceElement[].class);
    /** Largest array: the encoded results of one submission, bytes. */
    static final long MAX_ARRAY_LENGTH = 32L << 20;
    private static final long MAX_DEPTH = 4;
    private static final long MAX_REFERENCES = 10_000;
    private static final long MAX_STREAM_BYTES = 64L << 20;

    private static final Object LOCK = new Object();
    private static boolean installed;

    /** Installs the filter for the whole trusted JVM, once; the server deserializes nothing else. */
    static void install() {
        synchronized (LOCK) {
            if (installed) return;
            ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
            if (current == null) ObjectInputFilter.Config.setSerialFilter(new ProtocolFilter());
            else if (!(current instanceof ProtocolFilter)) {
                throw new IllegalStateException("another serial filter is installed: " + current);
            }
            installed = true;
        }
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_STREAM_BYTES
                || info.arrayLength() > MAX_ARRAY_LENGTH) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) return Status.UNDECIDED;
        return ALLOWED.contains(type) ? Status.ALLOWED : Status.REJECTED;
    }
}
