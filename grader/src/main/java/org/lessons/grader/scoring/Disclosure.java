package org.lessons.grader.scoring;

import org.lessons.grader.feedback.Withheld;

/** What a grading shows of the checks hidden until the grades are published ({@link Visibility#AFTER_PUBLISHED}). */
public enum Disclosure {

    /**
     * Every verdict: the instructor's own gradings (a class, one learner's official grade), and Gradescope's results,
     * which mark such checks {@code after_published} so that Gradescope hides them until the grades are published.
     */
    FULL,

    /**
     * Hidden checks withheld from every output (console, {@code grade.json}, every result format): for a grading whose
     * outputs the learner can read, such as the workflow in their own repository or Classroom 50's runner. Their points
     * are left out of this grade; the instructor's own grading has them.
     */
    WITHHOLD_HIDDEN;

    /** The outcome as this grading may show it. */
    public CheckOutcome apply(CheckOutcome outcome) {
        if (this == FULL || outcome.visibility() == Visibility.VISIBLE
                || outcome.status() == CheckOutcome.Status.WITHHELD) {
            return outcome;
        }
        return outcome.withheld(Withheld.untilPublished());
    }
}
