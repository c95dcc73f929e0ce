package com.tangentlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every figure of sections 1–10 is there and draws finite numbers at its defaults and at its bounds. */
class ChapterFiguresTest {
    static final Set<String> SECTIONS_1_TO_10 = Set.of("jacobian-fd-check", "jacobian-special-cases",
            "chain-rule-check", "jvp-vjp-cost", "softmax-jacobian", "layernorm-jacobian", "gradient-flow",
            "hessian-fd", "clairaut", "critical-points", "saddle-contour", "taylor-rosenbrock", "taylor-error",
            "newton-vs-gd", "newton-vs-gd-convergence", "hessian-spectrum");

    private static final FigureCatalog CATALOG = FigureCatalog.chapter();

    @Test
    void theCatalogueHoldsEveryFigureTheFirstTenSectionsPlace() {
        Set<String> ids = CATALOG.all().stream().map(Figure::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(SECTIONS_1_TO_10), "missing: " + SECTIONS_1_TO_10.stream()
                .filter(id -> !ids.contains(id)).toList());
    }

    /** Each figure at its defaults, then with every parameter at its minimum, then at its maximum. */
    static Stream<Arguments> settings() {
        List<Arguments> all = new ArrayList<>();
        for (Figure f : CATALOG.all()) {
            if (!SECTIONS_1_TO_10.contains(f.id())) continue;
            all.add(Arguments.of(f.id(), "defaults", Map.of()));
            if (f.parameters().isEmpty()) continue;
            Map<String, String> low = new HashMap<>();
            Map<String, String> high = new HashMap<>();
            for (Parameter p : f.parameters()) {
                low.put(p.name(), Double.toString(p.min()));
                high.put(p.name(), Double.toString(p.max()));
            }
            all.add(Arguments.of(f.id(), "minimum", low));
            all.add(Arguments.of(f.id(), "maximum", high));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at its {1}")
    @MethodSource("settings")
    void aFigureDrawsOnlyFiniteNumbersAndPositiveOnesOnLogAxes(String id, String which, Map<String, String> given) {
        Figure figure = CATALOG.find(id).orElseThrow();
        Plot plot = CATALOG.compute(figure, given);
        assertEquals(id, plot.id());
        assertFalse(plot.blocks().isEmpty(), id + " has nothing to draw");
        assertFalse(plot.caption().isBlank(), id + " has no caption");
        for (Plot.Block block : plot.blocks()) {
            if (block instanceof Plot.Chart chart) assertDrawable(id, chart);
            if (block instanceof Plot.Table table) {
                for (List<String> row : table.rows()) {
                    assertEquals(table.header().size(), row.size(), id + ": a row of " + table.title());
                    assertTrue(row.stream().noneMatch(cell -> cell.contains("NaN") || cell.contains("Infinity")),
                            id + ": " + row);
                }
            }
        }
    }

    private static void assertDrawable(String id, Plot.Chart chart) {
        for (Plot.Series s : chart.series()) {
            assertFalse(s.points().isEmpty(), id + ": series " + s.name() + " is empty");
            if (s.style() == Plot.Style.SEGMENTS || s.style() == Plot.Style.ARROWS) {
                assertEquals(0, s.points().size() % 2, id + ": " + s.name() + " has a segment without an end");
            }
            for (double[] p : s.points()) {
                assertEquals(2, p.length);
                assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]), id + ": " + s.name());
                if (chart.x().log()) assertTrue(p[0] > 0, id + ": " + s.name() + " x = " + p[0] + " on a log axis");
                if (chart.y().log()) assertTrue(p[1] > 0, id + ": " + s.name() + " y = " + p[1] + " on a log axis");
            }
        }
    }

    @Test
    void everyCheckOfEveryFigurePassesAtItsDefaults() {
        for (String id : SECTIONS_1_TO_10) {
            Plot plot = CATALOG.compute(CATALOG.find(id).orElseThrow(), Map.of());
            for (Plot.Block block : plot.blocks()) {
                if (!(block instanceof Plot.Checks checks)) continue;
                for (Plot.Check c : checks.checks()) assertTrue(c.pass(), id + ": " + c.name() + ": " + c.detail());
            }
        }
    }
}
