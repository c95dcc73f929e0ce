package com.tangentlab.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BatchCsvTest {

    private static BatchRow row(String student, String message) {
        return new BatchRow(student, "softmax-jacobian", "graded", 7.5, 10, message, List.of(), List.of(), 1L, 2L);
    }

    @Test
    void theHeaderIsExactlyTheAgreedColumns() throws IOException {
        StringWriter out = new StringWriter();
        CsvReport.write(List.of(), out);
        assertEquals("student,exercise,score,max_score,status,message\n", out.toString());
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("a, b", "\"a, b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                Arguments.of("carriage\rreturn", "\"carriage\rreturn\""),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest(name = "[{index}] {0} is written as {1}")
    @MethodSource("fields")
    void aFieldIsQuotedOnlyWhenItMustBe(String field, String written) {
        assertEquals(written, CsvReport.field(field));
    }

    /** OWASP's CSV injection rule: a cell a spreadsheet would run as a formula is made text. */
    static Stream<Arguments> formulas() {
        return Stream.of(
                Arguments.of("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
                Arguments.of("+1+1", "'+1+1"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                Arguments.of("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
                Arguments.of("\t=1+1", "'\t=1+1"),
                Arguments.of("\r=1+1", "\"'\r=1+1\""),
                Arguments.of("-", "'-"),
                Arguments.of("a=1", "a=1"),
                Arguments.of("-2.5", "-2.5"),
                Arguments.of("-8317340092", "-8317340092"),
                Arguments.of("+7", "+7"),
                Arguments.of("-2.5e3", "'-2.5e3"));
    }

    @ParameterizedTest(name = "[{index}] {0} is written as {1}")
    @MethodSource("formulas")
    void aCellThatWouldRunAsAFormulaIsWrittenAsTextButANumberStaysANumber(String field, String written) {
        assertEquals(written, CsvReport.field(field));
    }

    @Test
    void aStudentFolderNamedLikeAFormulaIsWrittenAsText() throws IOException {
        StringWriter out = new StringWriter();
        CsvReport.write(List.of(row("=cmd|' /C calc'!A0", "@SUM(1)")), out);
        assertEquals(CsvReport.HEADER + "\n'=cmd|' /C calc'!A0,softmax-jacobian,7.5,10,graded,'@SUM(1)\n",
                out.toString());
    }

    @Test
    void aRowHoldsNumbersWithoutNeedlessDecimalsAndAQuotedMessage() throws IOException {
        StringWriter out = new StringWriter();
        CsvReport.write(List.of(row("alice", "0 of 11 passed, \"hint\"\nnext line")), out);
        assertEquals(CsvReport.HEADER + "\nalice,softmax-jacobian,7.5,10,graded,\"0 of 11 passed, \"\"hint\"\"\nnext line\"\n",
                out.toString());
    }
}
