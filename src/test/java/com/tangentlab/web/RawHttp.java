package com.tangentlab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte on a socket, for what a well-behaved client never sends:
 * chunked bodies that never end, bad chunk sizes, bodies cut short, raw paths.
 */
final class RawHttp {
    /** Long enough for a loaded machine, short enough that a server waiting for the rest fails the test. */
    private static final int READ_TIMEOUT_MS = 15_000;

    /** The status and the body of the answer, and whether the server closed the connection. */
    record Answer(int status, String head, String body) {}

    private RawHttp() {}

    /**
     * Sends {@code head} (request line and headers, without the blank line), then each part of
     * the body as it is; writing stops quietly if the server has already answered and closed.
     */
    static Answer exchange(int port, String head, byte[]... body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                for (byte[] part : body) out.write(part);
                out.flush();
            } catch (IOException serverClosedEarly) {
                // The server refused before reading everything: its answer is still there to read.
            }
            return parse(readAnswer(socket.getInputStream()));
        }
    }

    /** One chunk of a chunked body. */
    static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[size.length + data.length + 2];
        System.arraycopy(size, 0, out, 0, size.length);
        System.arraycopy(data, 0, out, size.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    static byte[] lastChunk() {
        return "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads until the answer's declared length, the end of the stream, or the timeout. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
                if (complete(read.toString(StandardCharsets.UTF_8))) break;
            }
        } catch (SocketTimeoutException e) {
            if (read.size() == 0) throw new AssertionError("no answer within " + READ_TIMEOUT_MS + " ms", e);
        } catch (IOException reset) {
            if (read.size() == 0) throw reset;
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) return false;
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) return false;
        int length = Integer.parseInt(head.substring(at + 15).split("\r\n")[0].trim());
        return text.length() - end - 4 >= length;
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        return new Answer(status, head, body);
    }
}
