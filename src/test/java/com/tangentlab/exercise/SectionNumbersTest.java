package com.tangentlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionNumbersTest {
    @Test
    void sectionsComeInReadingOrder() {
        List<String> sections = new ArrayList<>(List.of("15", "3.10", "4", "3", "3.2", "appendix"));
        sections.sort(SectionNumbers.READING_ORDER);
        assertEquals(List.of("3", "3.2", "3.10", "4", "15", "appendix"), sections);
    }
}
