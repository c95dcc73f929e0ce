package com.tangentlab.course;

import java.util.List;

/**
 * A theory section and the user's progress through the exercises that practise it (none for
 * a section that is only read).
 *
 * @param earned the sum of the user's best scores in this section
 */
public record SectionProgress(String section, String title, double points, double earned, int attempted,
        List<ExerciseProgress> exercises) {}
