package com.tangentlab.figure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A computed figure as the browser receives it: blocks drawn one under the other.
 *
 * @param caption one or two sentences on what the figure shows, plain text
 */
public record Plot(String id, String title, String caption, List<Parameter> parameters, List<Block> blocks) {

    /** One part of a figure; the browser picks how to draw it by {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Chart.class, name = "chart"),
            @JsonSubTypes.Type(value = Table.class, name = "table"),
            @JsonSubTypes.Type(value = Checks.class, name = "checks")})
    public sealed interface Block permits Chart, Table, Checks {}

    /**
     * A chart of x-y series on two axes.
     *
     * @param equalScales one unit takes as many pixels on x as on y, so that angles and shapes are
     *                    drawn true (perpendicular directions look perpendicular); the chart's height
     *                    then follows from its width
     */
    public record Chart(String title, Axis x, Axis y, List<Series> series, boolean equalScales) implements Block {
        public Chart(String title, Axis x, Axis y, List<Series> series) {
            this(title, x, y, series, false);
        }
    }

    /**
     * @param log draw on a logarithmic scale (every value must then be positive)
     * @param min the lower end, or null to fit the data
     * @param max the upper end, or null to fit the data
     */
    public record Axis(String label, boolean log, Double min, Double max) {
        public static Axis linear(String label) {
            return new Axis(label, false, null, null);
        }

        public static Axis logarithmic(String label) {
            return new Axis(label, true, null, null);
        }
    }

    /**
     * @param style  how the points are drawn
     * @param points each an (x, y) pair; for {@link Style#SEGMENTS} consecutive pairs of points
     *               are separate segments (contour pieces, arrows)
     */
    public record Series(String name, Style style, List<double[]> points) {}

    public enum Style { LINE, DASHED, SCATTER, BAR, SEGMENTS, ARROWS }

    /** A table of values, already formatted, as the notebook prints them. */
    public record Table(String title, List<String> header, List<List<String>> rows) implements Block {}

    /** Named PASS/FAIL checks, each with the numbers behind it. */
    public record Checks(String title, List<Check> checks) implements Block {}

    /** @param detail e.g. "max |J − Jᵀ| = 2.8e-17" */
    public record Check(String name, boolean pass, String detail) {}
}
