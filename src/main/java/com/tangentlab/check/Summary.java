package com.tangentlab.check;

import com.tangentlab.score.TestResult;
import java.util.List;

/** The one-paragraph message of a graded submission: how many checks passed, and the first hint. */
final class Summary {
    private Summary() {}

    /**
     * E.g. "0 of 11 tests passed, 2 of 3 property checks held (not held: symmetric). Hint: ...",
     * so a score earned from property checks alone does not read as nothing passed.
     */
    static String of(List<TestResult> results) {
        List<TestResult> tests = results.stream().filter(r -> !r.kind().equals(TestResult.PROPERTY)).toList();
        List<TestResult> properties = results.stream().filter(r -> r.kind().equals(TestResult.PROPERTY)).toList();
        StringBuilder text = new StringBuilder().append(passed(tests)).append(" of ").append(tests.size())
                .append(" tests passed");
        if (!properties.isEmpty()) {
            text.append(", ").append(passed(properties)).append(" of ").append(properties.size())
                    .append(" property checks held");
            List<String> notHeld = properties.stream().filter(r -> !r.passed()).map(TestResult::name).toList();
            if (!notHeld.isEmpty()) text.append(" (not held: ").append(String.join(", ", notHeld)).append(')');
        }
        results.stream().filter(r -> !r.passed() && r.hint() != null).findFirst()
                .ifPresent(r -> text.append(". Hint: ").append(r.hint()));
        return text.toString();
    }

    private static long passed(List<TestResult> results) {
        return results.stream().filter(TestResult::passed).count();
    }
}
