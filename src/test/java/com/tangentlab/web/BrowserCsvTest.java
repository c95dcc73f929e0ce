package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every dashboard table's Download CSV is written in the browser by one module: it neutralises
 * formula injection by the rule of the server's exports (OWASP: a leading {@code '} on a cell
 * starting with = + - @, tab or carriage return; a plain number stays a number).
 */
class BrowserCsvTest {
    /** Each cell and how the table's CSV must write it. */
    private static final List<List<String>> CELLS = List.of(
            List.of("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            List.of("+1+1", "'+1+1"),
            List.of("-2+3", "'-2+3"),
            List.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            List.of("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
            List.of("\t=1+1", "'\t=1+1"),
            List.of("\r=1+1", "\"'\r=1+1\""),
            List.of("\t5", "'\t5"),
            List.of("-2.5", "-2.5"),
            List.of("plain", "plain"));

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w);

    @Test
    void aTablesCsvWritesEveryCellThatWouldRunAsText(Browser browser) throws Exception {
        browser.open("/index.html");
        List<String> values = CELLS.stream().map(c -> c.get(0)).toList();
        // As JSON, so that WebDriver passes carriage returns through unchanged.
        String csv = WebFixture.JSON.readValue((String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const values = JSON.parse(arguments[0]);"
                        + "import('/js/csv.js').then(m => done(JSON.stringify("
                        + "m.toCsv(['value'], values.map(v => [v])))));",
                WebFixture.JSON.writeValueAsString(values)), String.class);
        StringBuilder expected = new StringBuilder("value\r\n");
        CELLS.forEach(c -> expected.append(c.get(1)).append("\r\n"));
        assertEquals(expected.toString(), csv);
    }
}
