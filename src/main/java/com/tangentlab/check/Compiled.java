package com.tangentlab.check;

import com.tangentlab.sandbox.ClassPolicy;
import com.tangentlab.score.Diagnostic;
import java.util.List;

/** What defining a submission's snippets in the agent produced. */
record Compiled(List<Diagnostic> errors, List<Diagnostic> refused) {
    boolean ok() {
        return errors.isEmpty() && refused.isEmpty();
    }

    static Diagnostic refusal(ClassPolicy.Violation v, SourceLines lines) {
        int line = lines.firstLineMentioning(v.searchToken());
        return new Diagnostic(line, 0, v.displayName() + " is not available in exercises");
    }
}
