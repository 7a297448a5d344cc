package org.lessons.grader.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lessons.grader.feedback.Feedback;

/**
 * The outcome of one grading check.
 *
 * @param task the task id
 * @param id the check's stable id, declared with it ({@code Graded#id}), such as {@code resultsComeInArgumentOrder}
 * @param name the check's name, in the learner's words
 * @param status passed, failed or inconclusive
 * @param maxPoints what the check is worth
 * @param feedback why it did not pass, when it did not
 * @param figures measured figures the check published, by name
 * @param visibility when the learner may see the verdict
 */
public record CheckOutcome(String task, String id, String name, Status status, int maxPoints, Optional<Feedback> feedback,
                           Map<String, String> figures, Visibility visibility) {

    /** How a check ended. */
    public enum Status {
        PASSED,
        FAILED,
        /** A check that could not be judged (a loaded machine, or the grader broke): it earns nothing; grade again. */
        INCONCLUSIVE,
        /**
         * A check whose verdict is hidden until the instructor publishes the grades ({@link Visibility#AFTER_PUBLISHED}):
         * this grade does not show it, and it earns nothing here; the published grade has it.
         */
        WITHHELD
    }

    public CheckOutcome {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        if (maxPoints < 0) {
            throw new IllegalArgumentException("a check cannot be worth negative points");
        }
        feedback = feedback == null ? Optional.empty() : feedback;
        figures = Map.copyOf(figures);
    }

    /** A visible check's outcome. */
    public CheckOutcome(String task, String id, String name, Status status, int maxPoints, Optional<Feedback> feedback,
                        Map<String, String> figures) {
        this(task, id, name, status, maxPoints, feedback, figures, Visibility.VISIBLE);
    }

    /**
     * This outcome as a grade that must not show it gives it: withheld, with {@code why} as its only feedback, and
     * without the figures the check published (they may quote the secret).
     */
    public CheckOutcome withheld(Feedback why) {
        return new CheckOutcome(task, id, name, Status.WITHHELD, maxPoints, Optional.of(why), Map.of(), visibility);
    }

    /**
     * Points earned: all of them when the check passed, none otherwise; a check that could not be judged, or whose
     * verdict is withheld, earns nothing in this grade.
     */
    public int points() {
        return status == Status.PASSED ? maxPoints : 0;
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
