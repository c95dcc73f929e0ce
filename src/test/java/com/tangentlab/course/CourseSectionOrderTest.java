package com.tangentlab.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseSectionOrderTest {
    @Test
    void sectionsComeInReadingOrder() {
        List<String> sections = new ArrayList<>(List.of("15", "3.10", "4", "3", "3.2", "appendix"));
        sections.sort(Course::compareSections);
        assertEquals(List.of("3", "3.2", "3.10", "4", "15", "appendix"), sections);
    }
}
