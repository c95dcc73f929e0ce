package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run in the page as it stands: the WCAG 2.0 and 2.1 level A and AA rules, and
 * the two best-practice rules the accessibility issue names (headings that skip a level, table
 * headers without text). The script comes from the test dependency's jar, never from a CDN.
 */
final class Axe {
    /** axe-core's tags for WCAG 2.0 A, 2.0 AA, 2.1 A and 2.1 AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Best practice, not WCAG, but what a screen reader user trips over on these pages. */
    static final List<String> BEST_PRACTICE_RULES = List.of("heading-order", "empty-table-header");
    /** Long enough for axe's colour-contrast rule on the longest section page of a loaded machine. */
    private static final int TIMEOUT_S = 120;

    /** One rule broken by one element: the rule, how bad, the element's selector and its markup. */
    record Violation(String rule, String impact, String target, String html) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + ": " + html;
        }
    }

    private Axe() {
    }

    /** Every violation on the page, one per rule and element. */
    static List<Violation> violations(WebDriver driver) {
        AxeBuilder axe = new AxeBuilder().setTimeout(TIMEOUT_S);
        axe.setOptions(options());
        Results results = axe.analyze(driver);
        if (results.isErrored()) throw new AssertionError("axe-core did not run: " + results.getErrorMessage());
        List<Violation> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(new Violation(rule.getId(), rule.getImpact(), String.valueOf(node.getTarget()), node.getHtml()));
            }
        }
        return found;
    }

    /** Fails naming each rule and element when the page in its present state has any violation. */
    static void assertNoViolations(Browser browser, String state) {
        List<Violation> found = violations(browser.driver);
        if (!found.isEmpty()) fail(describe(state, found));
    }

    static String describe(String state, List<Violation> found) {
        return state + ": " + found.size() + " axe violation(s)\n  "
                + found.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
    }

    /** The WCAG tags, plus the best-practice rules switched on by name (a rule's setting outranks the tags). */
    private static String options() {
        Map<String, Object> rules = new LinkedHashMap<>();
        BEST_PRACTICE_RULES.forEach(r -> rules.put(r, Map.of("enabled", true)));
        try {
            return WebFixture.JSON.writeValueAsString(Map.of(
                    "runOnly", Map.of("type", "tag", "values", WCAG_TAGS), "rules", rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
