package com.tangentlab.figure;

import java.util.List;

/** The list of the chapter's figures, in the order of the sections that show them. */
final class ChapterFigures {
    private ChapterFigures() {}

    static List<Figure> all() {
        return List.of();
    }
}
