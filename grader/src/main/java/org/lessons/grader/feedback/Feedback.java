package org.lessons.grader.feedback;

import java.util.Objects;

/**
 * One failure as a learner reads it, always in the same shape.
 *
 * @param expected what the check wanted
 * @param measured what it found
 * @param where the learner's file and line, or empty when not knowable
 * @param next one sentence on what to try next
 */
public record Feedback(String expected, String measured, String where, String next) {

    public Feedback {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(measured, "measured");
        where = where == null ? "" : where;
        Objects.requireNonNull(next, "next");
    }

    /** The four parts on one line each, as the console shows them. */
    public String render() {
        return "expected: " + expected + "\nmeasured: " + measured
                + (where.isEmpty() ? "" : "\nwhere:    " + where) + "\nnext:     " + next;
    }
}
