package com.tangentlab.gradebook;

/** Course settings an instructor sent that cannot be kept: an unknown policy, a penalty out of range, a bad date. */
public final class InvalidSettingsException extends RuntimeException {
    public InvalidSettingsException(String message) {
        super(message);
    }
}
