package com.tangentlab.check;

import com.tangentlab.sandbox.ClassPolicy;
import com.tangentlab.score.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What defining a submission's snippets in the agent produced.
 *
 * @param stopped why compiling stopped before the end of the source (its budget ran out, or the
 *                compiler itself failed), if it did; such a compiler is not reused
 */
record Compiled(List<Diagnostic> errors, List<Diagnostic> refused, Optional<String> stopped) {
    static Compiled stopped(String why) {
        return new Compiled(List.of(), List.of(), Optional.of(why));
    }

    static Diagnostic refusal(ClassPolicy.Violation v, SourceLines lines) {
        int line = lines.firstLineMentioning(v.searchToken());
        return new Diagnostic(line, 0, v.displayName() + " is not available in exercises");
    }
}
