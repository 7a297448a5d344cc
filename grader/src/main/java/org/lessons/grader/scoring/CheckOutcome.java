package org.lessons.grader.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lessons.grader.feedback.Feedback;

/**
 * The outcome of one grading check.
 *
 * @param task the task id
 * @param id the check's stable id: its method name, such as {@code resultsComeInArgumentOrder}
 * @param name the check's name, in the learner's words
 * @param status passed, failed or inconclusive
 * @param maxPoints what the check is worth
 * @param feedback why it did not pass, when it did not
 * @param figures measured figures the check published, by name
 */
public record CheckOutcome(String task, String id, String name, Status status, int maxPoints, Optional<Feedback> feedback,
                           Map<String, String> figures) {

    /** How a check ended. */
    public enum Status {
        PASSED,
        FAILED,
        /** A timing bound that could not be judged on a loaded machine; it is not held against the learner. */
        INCONCLUSIVE
    }

    public CheckOutcome {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        if (maxPoints < 0) {
            throw new IllegalArgumentException("a check cannot be worth negative points");
        }
        feedback = feedback == null ? Optional.empty() : feedback;
        figures = Map.copyOf(figures);
    }

    /** Points earned: all of them unless the check failed. */
    public int points() {
        return status == Status.FAILED ? 0 : maxPoints;
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
