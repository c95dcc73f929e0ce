package com.tangentlab.check;

import com.tangentlab.score.TestResult;
import java.util.List;

/** The one-paragraph message of a graded submission: how many checks passed, and the first hint. */
final class Summary {
    private Summary() {}

    static String of(List<TestResult> results) {
        List<TestResult> tests = results.stream().filter(r -> !r.kind().equals(TestResult.PROPERTY)).toList();
        long passed = tests.stream().filter(TestResult::passed).count();
        List<String> failedProperties = results.stream()
                .filter(r -> r.kind().equals(TestResult.PROPERTY) && !r.passed()).map(TestResult::name).toList();
        StringBuilder text = new StringBuilder().append(passed).append(" of ").append(tests.size())
                .append(" tests passed");
        if (!failedProperties.isEmpty()) text.append("; properties not satisfied: ").append(String.join(", ", failedProperties));
        results.stream().filter(r -> !r.passed() && r.hint() != null).findFirst()
                .ifPresent(r -> text.append(". Hint: ").append(r.hint()));
        return text.toString();
    }
}
