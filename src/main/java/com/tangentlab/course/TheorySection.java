package com.tangentlab.course;

/**
 * One section of the chapter's theory, as students read it beside the exercises.
 *
 * @param number   "1" to "21", the number exercises name in their {@code section}
 * @param markdown the body, Markdown with LaTeX and {@code figure} blocks, front matter removed
 */
public record TheorySection(String number, String title, String markdown) {}
