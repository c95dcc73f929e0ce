package com.tangentlab.figure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every live figure of the chapter, looked up by id and computed from a reader's parameters. */
public final class FigureCatalog {
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    /** A figure's facts are fixed by its code, and some take a computation: each is made once. */
    private final Map<String, List<Fact>> facts = new ConcurrentHashMap<>();

    public FigureCatalog(List<Figure> all) {
        for (Figure f : all) {
            if (figures.put(f.id(), f) != null) throw new IllegalArgumentException("two figures are called " + f.id());
        }
    }

    /** The chapter's figures. */
    public static FigureCatalog chapter() {
        return new FigureCatalog(ChapterFigures.all());
    }

    public List<Figure> all() {
        return List.copyOf(figures.values());
    }

    public Optional<Figure> find(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    /**
     * The fact {@code name} of figure {@code id}: a parameter's default, or one of the figure's own
     * {@link Figure#facts() facts}; empty when either is unknown.
     */
    public Optional<Fact> fact(String id, String name) {
        Figure figure = figures.get(id);
        if (figure == null) return Optional.empty();
        Optional<Fact> parameter = figure.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> Fact.of(name, p.value()));
        return parameter.or(() -> facts.computeIfAbsent(id, k -> figure.facts()).stream()
                .filter(f -> f.name().equals(name)).findFirst());
    }

    /**
     * Computes {@code figure} with the given parameter values (as the query string has them);
     * parameters not given take their defaults.
     *
     * @throws FigureRequestException for an unknown parameter, a value that is not a number or one out of range
     */
    public Plot compute(Figure figure, Map<String, String> given) {
        Map<String, Double> values = new HashMap<>();
        for (Parameter p : figure.parameters()) values.put(p.name(), p.value());
        for (Map.Entry<String, String> e : given.entrySet()) {
            Parameter p = figure.parameters().stream().filter(q -> q.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new FigureRequestException("figure " + figure.id() + " has no parameter '"
                            + e.getKey() + "'"));
            values.put(p.name(), parse(figure, p, e.getValue()));
        }
        return figure.compute(values::get);
    }

    private static double parse(Figure figure, Parameter p, String text) {
        double x;
        try {
            x = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new FigureRequestException(p.name() + " must be a number, not '" + text + "'");
        }
        if (!p.admits(x)) {
            throw new FigureRequestException(p.name() + " of figure " + figure.id() + " must be between "
                    + p.min() + " and " + p.max() + ", not " + text);
        }
        return x;
    }
}
