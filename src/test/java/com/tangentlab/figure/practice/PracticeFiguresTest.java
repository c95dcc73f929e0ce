package com.tangentlab.figure.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.FigureCatalog;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Series;
import com.tangentlab.figure.Plot.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every figure of sections 11–21 computes clean data at its defaults and at the ends of its sliders. */
class PracticeFiguresTest {
    private static final List<String> IDS = List.of("hvp-check", "edge-of-stability", "sam-sharpness",
            "kfac-structure", "coupling-layer", "gradient-check", "residual-vs-plain", "condition-number-gd",
            "lora-gradient-rank", "unit-norm-jacobian", "power-iteration");
    private static final FigureCatalog CATALOGUE = FigureCatalog.chapter();

    static Stream<Figure> figures() {
        return IDS.stream().map(id -> CATALOGUE.find(id).orElseThrow(() -> new AssertionError("no figure " + id)));
    }

    /** Defaults, each parameter alone at its ends, and all parameters at their lower or upper ends together. */
    static Stream<Arguments> settings() {
        List<Arguments> out = new ArrayList<>();
        figures().forEach(f -> {
            out.add(Arguments.of(f, Map.of()));
            Map<String, String> allLow = new HashMap<>();
            Map<String, String> allHigh = new HashMap<>();
            for (Parameter p : f.parameters()) {
                out.add(Arguments.of(f, Map.of(p.name(), String.valueOf(p.min()))));
                out.add(Arguments.of(f, Map.of(p.name(), String.valueOf(p.max()))));
                allLow.put(p.name(), String.valueOf(p.min()));
                allHigh.put(p.name(), String.valueOf(p.max()));
            }
            if (f.parameters().size() > 1) {
                out.add(Arguments.of(f, allLow));
                out.add(Arguments.of(f, allHigh));
            }
        });
        return out.stream();
    }

    @Test
    void theCatalogueHoldsEveryFigureOfSectionsElevenToTwentyOneUnderItsId() {
        assertEquals(IDS, figures().map(Figure::id).toList());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("settings")
    void everyNumberDrawnIsFinite(Figure figure, Map<String, String> given) {
        Plot plot = CATALOGUE.compute(figure, given);

        for (Chart chart : charts(plot)) {
            for (Series s : chart.series()) {
                for (double[] p : s.points()) {
                    assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]),
                            figure.id() + " / " + s.name() + " has a point that is not finite");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("settings")
    void logarithmicAxesReceiveOnlyPositiveValues(Figure figure, Map<String, String> given) {
        Plot plot = CATALOGUE.compute(figure, given);

        for (Chart chart : charts(plot)) {
            for (Series s : chart.series()) {
                for (double[] p : s.points()) {
                    if (chart.x().log()) assertTrue(p[0] > 0, figure.id() + " / " + s.name() + ": x = " + p[0]);
                    if (chart.y().log()) assertTrue(p[1] > 0, figure.id() + " / " + s.name() + ": y = " + p[1]);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("settings")
    void tablesAreFullAndThePlotTravelsAsJson(Figure figure, Map<String, String> given) throws Exception {
        Plot plot = CATALOGUE.compute(figure, given);

        for (Plot.Block b : plot.blocks()) {
            if (b instanceof Table t) {
                for (List<String> row : t.rows()) {
                    assertEquals(t.header().size(), row.size(), figure.id() + " / " + t.title());
                    assertFalse(row.stream().anyMatch(cell -> cell.contains("NaN") || cell.contains("Infinity")),
                            figure.id() + " / " + t.title() + ": " + row);
                }
            }
        }
        assertTrue(new ObjectMapper().writeValueAsString(plot).contains("\"id\":\"" + figure.id() + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyCheckPassesAtTheDefaults(Figure figure) {
        Plot plot = CATALOGUE.compute(figure, Map.of());

        for (Plot.Block b : plot.blocks()) {
            if (b instanceof Checks checks) {
                for (Plot.Check c : checks.checks()) {
                    assertTrue(c.pass(), figure.id() + ": " + c.name() + ", " + c.detail());
                }
            }
        }
    }

    private static List<Chart> charts(Plot plot) {
        return plot.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }
}
