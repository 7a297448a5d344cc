package org.lessons.grader.classroom;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's result as the class reports show it: a grade, or why there is none.
 *
 * @param learner the learner's id
 * @param score the points earned; 0 for a learner without a grade
 * @param maxScore the points there were; 0 for a learner without a grade (the class's reports give the class's)
 * @param sandboxed whether the learner's code ran in the sandbox
 * @param tasks each graded task's points, by task id, in lesson order
 * @param checks every graded check
 * @param error why the learner has no grade, when they have none
 * @param report whether the learner's {@code report.html} lies next to their grade
 */
record LearnerRow(String learner, int score, int maxScore, boolean sandboxed, Map<String, Integer> tasks,
                  List<CheckRow> checks, Optional<String> error, boolean report) {

    LearnerRow {
        Objects.requireNonNull(learner, "learner");
        tasks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tasks));
        checks = List.copyOf(checks);
        Objects.requireNonNull(error, "error");
    }

    /** A learner without a grade: score 0, and why. */
    static LearnerRow failed(String learner, String error) {
        return new LearnerRow(learner, 0, 0, false, Map.of(), List.of(), Optional.of(error), false);
    }

    /**
     * One graded check of one learner.
     *
     * @param task the task id
     * @param id the check's stable id
     * @param name the check's name, in the learner's words
     * @param passed whether it earned its points
     * @param measured what was measured, when it did not pass (the feedback's second part)
     */
    record CheckRow(String task, String id, String name, boolean passed, String measured) {
    }
}
