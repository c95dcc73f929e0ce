package com.tangentlab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RosterTest {
    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkippedAsExcelWritesIt() {
        List<Roster.Entry> entries = Roster.parse("\uFEFFusername,display_name,password\r\nada,Ada Lovelace,\r\n");
        assertEquals(List.of(new Roster.Entry("ada", "Ada Lovelace", null)), entries);
    }

    @Test
    void aQuotedNameKeepsItsCommaAndDoubledQuotes() {
        List<Roster.Entry> entries = Roster.parse("grace,\"Hopper, Grace \"\"Amazing\"\"\",graces-secret");
        assertEquals(List.of(new Roster.Entry("grace", "Hopper, Grace \"Amazing\"", "graces-secret")), entries);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "ada,\"Lovelace, Ada                | a quoted field is not closed",
            "ada,Lovelace, Ada,secret-one,x    | found 5 field(s)",
    })
    void aBrokenLineIsReportedWithItsProblem(String line, String problem) {
        AccountException e = assertThrows(AccountException.class, () -> Roster.parse(line));
        assertTrue(e.getMessage().startsWith("roster line 1: ") && e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000Lovelace", "Ada\uD800", "\uDC00Ada", "Ada\u0007"})
    void namesWithNulControlCharactersOrLoneSurrogatesAreRefused(String name) {
        AccountException e = assertThrows(AccountException.class, () -> Roster.parse("ada," + name));
        assertTrue(e.getMessage().contains("control characters"), e.getMessage());
    }

    @Test
    void aNameWithAPairedSurrogateIsKeptAsSent() {
        assertEquals("Ada \uD83D\uDE00", Roster.parse("ada,Ada \uD83D\uDE00").get(0).displayName());
    }
}
