package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the trusted side accepts when it deserialises a reply from an agent. */
class ProtocolFilterTest {

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.setObjectInputFilter(new ProtocolFilter());
            return in.readObject();
        }
    }

    @Test
    void theProtocolsOwnTypesPass() throws Exception {
        assertEquals("value", roundTrip("value"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) roundTrip(new byte[] {1, 2, 3}));
        assertArrayEquals(new boolean[] {true}, (boolean[]) roundTrip(new boolean[] {true}));
        StackTraceElement[] trace = new Throwable().getStackTrace();
        assertArrayEquals(trace, (StackTraceElement[]) roundTrip(trace));
    }

    /** A serialisable class an agent could try to smuggle in, as gadget chains do. */
    record Gadget(String command) implements Serializable { }

    @Test
    void anyOtherClassIsRefused() {
        for (Object forged : List.of(new HashMap<>(), new ArrayList<>(List.of("x")), new Gadget("rm -rf"),
                new Object[] {"x"}, Integer.valueOf(7))) {
            assertThrows(InvalidClassException.class, () -> roundTrip(forged), forged.getClass().getName());
        }
    }

    @Test
    void anArrayLongerThanAnyResultIsRefused() {
        byte[] tooLong = new byte[(int) ProtocolFilter.MAX_ARRAY_LENGTH + 1];
        assertThrows(InvalidClassException.class, () -> roundTrip(tooLong));
    }
}
