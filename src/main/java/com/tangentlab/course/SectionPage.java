package com.tangentlab.course;

import java.util.List;

/**
 * A section as its page shows it: the theory text and the exercises beside it, with the user's progress.
 *
 * @param theory Markdown with LaTeX and {@code figure} blocks
 */
public record SectionPage(String number, String title, String theory, double points, double earned, int attempted,
        List<ExerciseProgress> exercises) {}
