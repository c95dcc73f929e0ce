package com.tangentlab.check;

import com.tangentlab.exercise.Signature;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;

/** Checks that a submission defines every required method with exactly the required types. */
final class SignatureCheck {
    private SignatureCheck() {}

    /** The first problem found, as a message a student can act on, or empty if all match. */
    static Optional<String> problem(JShell shell, List<Signature> required) {
        List<MethodSnippet> defined = shell.methods().filter(m -> shell.status(m).isDefined()).toList();
        for (Signature want : required) {
            List<MethodSnippet> named = defined.stream().filter(m -> m.name().equals(want.name())).toList();
            if (named.isEmpty()) return Optional.of(missing(want, defined));
            boolean exact = named.stream().anyMatch(m -> parameters(m).equals(want.parameterTypes())
                    && returnType(m).equals(want.returnType()));
            if (!exact) {
                MethodSnippet found = named.get(0);
                return Optional.of("expected " + want.describe() + ", found " + want.name() + "("
                        + String.join(", ", parameters(found)) + ") returning " + returnType(found));
            }
        }
        return Optional.empty();
    }

    private static String missing(Signature want, List<MethodSnippet> defined) {
        String message = "missing method: expected " + want.describe() + ", but the code defines no method named "
                + want.name();
        Optional<MethodSnippet> nearly = defined.stream()
                .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(want.name().toLowerCase(Locale.ROOT)))
                .findFirst();
        return nearly.map(m -> message + " (did you mean " + want.name() + " instead of " + m.name() + "?)")
                .orElse(message);
    }

    static List<String> parameters(MethodSnippet m) {
        return Signature.splitTopLevel(m.parameterTypes()).stream().map(Signature::normalize).toList();
    }

    static String returnType(MethodSnippet m) {
        String signature = m.signature();
        return Signature.normalize(signature.substring(signature.lastIndexOf(')') + 1));
    }
}
