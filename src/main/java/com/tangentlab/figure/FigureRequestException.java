package com.tangentlab.figure;

/** A reader asked for a figure with parameters it does not have or values out of range. */
public final class FigureRequestException extends RuntimeException {
    public FigureRequestException(String message) {
        super(message);
    }
}
