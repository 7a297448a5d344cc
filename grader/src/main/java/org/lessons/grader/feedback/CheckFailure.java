package org.lessons.grader.feedback;

/** A check failed; the {@link Feedback} says why in the learner's words. */
public final class CheckFailure extends AssertionError {

    private final transient Feedback feedback;

    public CheckFailure(Feedback feedback) {
        super(feedback.render(), null);
        this.feedback = feedback;
    }

    public Feedback feedback() {
        return feedback;
    }
}
