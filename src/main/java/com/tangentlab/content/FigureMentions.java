package com.tangentlab.content;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.FigureCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The numbers a theory page names about a figure. A page writes {@code {{figure:<id>.<fact>}}}
 * for the figure's own value, or {@code {{figure:<id>.<fact> = 15}}} to write the number itself,
 * which must then be what the figure has, rounded to the digits written. Every figure a page
 * places in a {@code figure} block must exist too.
 */
public final class FigureMentions {
    private static final Pattern MENTION =
            Pattern.compile("\\{\\{\\s*figure:([a-z0-9-]+)\\.([A-Za-z0-9]+)\\s*(?:=\\s*([^{}]*(?:\\{[^{}]*}[^{}]*)*))?}}");
    private static final Pattern PLACED = Pattern.compile("```figure\\R\\s*(\\S+)\\s*\\R```");
    /** Two braces that no mention matched: a mention written wrongly would otherwise reach the reader. */
    private static final String OPENING = "{{";

    private final FigureCatalog figures;

    public FigureMentions(FigureCatalog figures) {
        this.figures = figures;
    }

    /** What a page becomes once its mentions are filled in, and what is wrong with it. */
    public record Filled(String markdown, List<String> faults) {}

    /** Fills every mention of {@code markdown}; the faults name each mention or figure that does not agree. */
    public Filled fill(String markdown) {
        List<String> faults = new ArrayList<>();
        Matcher placed = PLACED.matcher(markdown);
        while (placed.find()) {
            if (figures.find(placed.group(1)).isEmpty()) faults.add("places figure '" + placed.group(1)
                    + "', which the chapter does not have");
        }
        Matcher m = MENTION.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m, faults)));
        }
        m.appendTail(out);
        String text = out.toString();
        if (text.contains(OPENING)) faults.add("has a '{{' that is not a mention {{figure:<id>.<fact>}} or"
                + " {{figure:<id>.<fact> = <number>}}, near: " + excerpt(text, text.indexOf(OPENING)));
        return new Filled(text, List.copyOf(faults));
    }

    private String resolve(Matcher m, List<String> faults) {
        String id = m.group(1), name = m.group(2), written = m.group(3);
        String mention = "{{figure:" + id + "." + name + "}}";
        Optional<Fact> fact = figures.fact(id, name);
        if (fact.isEmpty()) {
            faults.add(figures.find(id).isEmpty() ? "names figure '" + id + "', which the chapter does not have"
                    : "names " + mention + ", but figure " + id + " has no parameter or fact '" + name + "'");
            return "";
        }
        List<Double> values = fact.get().values();
        if (written == null) return values.stream().map(StatedNumber::shown).collect(Collectors.joining(", "));
        String problem = disagreement(written, values);
        if (problem != null) faults.add("says " + id + "." + name + " = " + written.strip() + ", but the figure has "
                + values.stream().map(StatedNumber::shown).collect(Collectors.joining(", ")) + problem);
        return written.strip();
    }

    /** Null when every written number rounds to the figure's value in its place, else why not. */
    private static String disagreement(String written, List<Double> values) {
        List<String> parts = Arrays.stream(written.split(",")).map(String::strip).toList();
        if (parts.size() != values.size()) return " (" + values.size() + " values, " + parts.size() + " written)";
        for (int i = 0; i < parts.size(); i++) {
            try {
                if (!StatedNumber.parse(parts.get(i)).admits(values.get(i))) return "";
            } catch (IllegalArgumentException e) {
                return " (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    private static String excerpt(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
    }
}
