package com.tangentlab.cli;

/** The grader failed on some submissions; the reports were written, and those stay ungraded for the next run. */
final class BatchIncompleteException extends RuntimeException {
    BatchIncompleteException(long failures) {
        super("the grader failed on " + failures + " submission(s) (status grader_error); they stay ungraded"
                + " in the database and the next run retries them");
    }
}
