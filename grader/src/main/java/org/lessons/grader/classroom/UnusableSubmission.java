package org.lessons.grader.classroom;

/** A submission that cannot be graded at all: its message says why, in the instructor's words, and goes in the error column. */
final class UnusableSubmission extends Exception {

    UnusableSubmission(String message) {
        super(message);
    }

    UnusableSubmission(String message, Throwable cause) {
        super(message, cause);
    }
}
