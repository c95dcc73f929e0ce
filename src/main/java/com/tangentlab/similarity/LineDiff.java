package com.tangentlab.similarity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/** A line diff of two versions of a text (Myers' algorithm, from java-diff-utils), every line kept. */
public final class LineDiff {
    public enum Op { SAME, REMOVED, ADDED }

    /**
     * One line of the diff.
     *
     * @param oldLine 1-based line in the old text, null for an added line
     * @param newLine 1-based line in the new text, null for a removed line
     */
    public record Line(Op op, Integer oldLine, Integer newLine, String text) {}

    private LineDiff() {}

    public static List<Line> of(String oldText, String newText) {
        List<String> before = lines(oldText);
        List<String> after = lines(newText);
        List<Line> out = new ArrayList<>();
        int i = 0, j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            while (i < source.getPosition()) out.add(new Line(Op.SAME, ++i, ++j, before.get(i - 1)));
            for (String text : source.getLines()) out.add(new Line(Op.REMOVED, ++i, null, text));
            for (String text : target.getLines()) out.add(new Line(Op.ADDED, null, ++j, text));
        }
        while (i < before.size()) out.add(new Line(Op.SAME, ++i, ++j, before.get(i - 1)));
        return out;
    }

    /** Lines without their ends, so that a missing final newline is no difference; "" has no lines. */
    static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String normal = text.replace("\r\n", "\n");
        if (normal.endsWith("\n")) normal = normal.substring(0, normal.length() - 1);
        return List.of(normal.split("\n", -1));
    }
}
