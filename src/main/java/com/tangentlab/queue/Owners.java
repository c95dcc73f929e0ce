package com.tangentlab.queue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Names for the holders of leases, unique across the machines that share one queue. */
public final class Owners {
    /** Random bytes that tell apart two holders in one process, or a process that reused a pid. */
    private static final int NONCE_BYTES = 4;
    /** Of the lease_owner column's 255 characters, what the host name may take; the pid and nonce take the rest. */
    private static final int MAX_HOST_CHARS = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Owners() {}

    /** {@code host/pid/nonce}: the host and process, for an operator reading the table, and a random part. */
    public static String fresh() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return host() + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(nonce);
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() <= MAX_HOST_CHARS ? name : name.substring(0, MAX_HOST_CHARS);
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
