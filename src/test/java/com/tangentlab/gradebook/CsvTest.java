package com.tangentlab.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fields are quoted as RFC 4180 asks, and only when they must be. */
class CsvTest {
    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|plain",
        "Lee, Sam|\"Lee, Sam\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "Lee, \"Sam\"|\"Lee, \"\"Sam\"\"\"",
        "7.65|7.65",
    })
    void aFieldIsQuotedOnlyWhenItMustBe(String value, String written) {
        assertEquals(written, Csv.field(value));
    }

    @Test
    void aFieldThatWouldRunAsAFormulaIsTextInEveryLine() {
        assertEquals("'=cmd|' /C calc'!A0,'+1+1,'-2+3,-2.5\r\n",
                Csv.line(List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "-2.5")));
    }

    @Test
    void aLineBreakInsideAFieldIsQuotedAndLinesEndInCrLf() {
        assertEquals("a,\"two\nlines\",\r\n", Csv.line(Arrays.asList("a", "two\nlines", null)));
        assertEquals("x\r\n", Csv.line(List.of("x")));
    }
}
