package com.tangentlab.figure;

import java.util.List;

/**
 * A live figure of the theory: a result of the notebook recomputed by the server (trusted
 * code) each time a reader asks, from parameters the reader may change.
 */
public interface Figure {
    /** The name a theory section uses to place it, e.g. {@code gradient-flow}. */
    String id();

    String title();

    /** What the reader may change, with ranges and defaults; empty for a fixed figure. */
    List<Parameter> parameters();

    /**
     * What the text may name about the figure besides its parameters' defaults (which are facts
     * under the parameters' names): sizes, fixed settings, results at the defaults.
     */
    default List<Fact> facts() {
        return List.of();
    }

    /** Computes the figure; {@code values} holds every parameter, each within its range. */
    Plot compute(Values values);

    /** The parameter values of one request, already checked against their declared ranges. */
    interface Values {
        double get(String name);

        default int integer(String name) {
            return (int) Math.round(get(name));
        }
    }
}
