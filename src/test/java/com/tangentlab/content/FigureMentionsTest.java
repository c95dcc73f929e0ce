package com.tangentlab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.figure.FigureCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page's mentions of its figures are filled from the figures, and a number that is not the figure's is named. */
class FigureMentionsTest {
    private static final FigureMentions MENTIONS = new FigureMentions(FigureCatalog.chapter());

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "{{figure:hessian-spectrum.hidden}}                              | 15",
        "{{figure:hessian-spectrum.hidden = 15}}                         | 15",
        "{{figure:hessian-spectrum.steps}}                               | 0",
        "{{figure:condition-number-gd.kappas}}                           | 1, 10, 100, 1000",
        "{{figure:condition-number-gd.rates = 0, 0.82, 0.98, 0.998}}     | 0, 0.82, 0.98, 0.998",
        "{{figure:newton-vs-gd.eta}}                                     | 0.0768",
        "{{figure:gradient-flow.largeNorm = 4.8\\times10^{19}}}          | 4.8\\times10^{19}",
        "{{figure:hessian-spectrum.nearZeroFraction = 10^{-4}}}          | 10^{-4}",
        "{{figure:kfac-structure.relativeError = 0.29}}                  | 0.29",
    })
    void aMentionReadsAsTheFiguresValueOrAsTheNumberWrittenWhenTheyAgree(String mention, String shown) {
        FigureMentions.Filled filled = MENTIONS.fill("a $" + mention + "$ b");

        assertEquals(List.of(), filled.faults());
        assertEquals("a $" + shown + "$ b", filled.markdown());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{{figure:hessian-spectrum.hidden = 20}}                   | says hessian-spectrum.hidden = 20, but the figure has 15",
        "{{figure:hessian-spectrum.hidden = 16}}                   | says hessian-spectrum.hidden = 16, but the figure has 15",
        "{{figure:condition-number-gd.kappas = 1, 5, 25, 100}}     | says condition-number-gd.kappas = 1, 5, 25, 100, but the figure has 1, 10, 100, 1000",
        "{{figure:condition-number-gd.kappas = 1, 10, 100}}        | (4 values, 3 written)",
        "{{figure:newton-vs-gd-convergence.finalLoss = 4e-3}}      | says newton-vs-gd-convergence.finalLoss = 4e-3, but the figure has 0.003159",
        "{{figure:residual-vs-plain.residualNorm = 1}}             | says residual-vs-plain.residualNorm = 1, but the figure has 18.92",
        "{{figure:hessian-spectrum.hidden = fifteen}}              | ('fifteen' is not a number)",
        "{{figure:hessian-spectrum.width}}                         | names {{figure:hessian-spectrum.width}}, but figure hessian-spectrum has no parameter or fact 'width'",
        "{{figure:hessian-spectra.hidden}}                         | names figure 'hessian-spectra', which the chapter does not have",
        "{{figure hessian-spectrum.hidden}}                        | has a '{{' that is not a mention",
    })
    void aMentionThatDisagreesWithItsFigureIsNamed(String mention, String fault) {
        List<String> faults = MENTIONS.fill("Text " + mention + " more text.").faults();

        assertEquals(1, faults.size(), faults.toString());
        assertTrue(faults.get(0).contains(fault), faults.get(0));
    }

    @Test
    void aPagePlacingAFigureTheChapterDoesNotHaveIsNamed() {
        List<String> faults = MENTIONS.fill("Text.\n\n```figure\nhessian-spectra\n```\n").faults();

        assertEquals(List.of("places figure 'hessian-spectra', which the chapter does not have"), faults);
    }

    /** 0.29 stands for [0.285, 0.295]: the written digits, half a unit of the last either way, and no further. */
    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource({
        "0.29,           0.285,     true",
        "0.29,           0.2849999, false",
        "0.29,           0.295,     true",
        "0.29,           0.2950001, false",
        "15,             15.5,      true",
        "15,             15.5000001, false",
        "4.8\\times10^{19}, 4.85e19, true",
        "4.8\\times10^{19}, 4.86e19, false",
        "10^{-4},        1.5e-4,    true",
        "10^{-4},        1.6e-4,    false",
    })
    void aWrittenNumberAdmitsWhatRoundsToItAndNothingBeyond(String written, double actual, boolean admitted) {
        assertEquals(admitted, StatedNumber.parse(written).admits(actual));
    }
}
