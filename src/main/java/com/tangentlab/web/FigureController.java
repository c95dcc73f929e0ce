package com.tangentlab.web;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.FigureCatalog;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;

/** The theory's live figures, computed for the parameters in the query string. */
final class FigureController {
    private final FigureCatalog figures;

    FigureController(FigureCatalog figures) {
        this.figures = figures;
    }

    void one(Context ctx) {
        Figure figure = figures.find(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("there is no figure '" + ctx.pathParam("id") + "'"));
        Map<String, String> given = new HashMap<>();
        ctx.queryParamMap().forEach((name, values) -> given.put(name, values.get(values.size() - 1)));
        ctx.json(figures.compute(figure, given));
    }
}
