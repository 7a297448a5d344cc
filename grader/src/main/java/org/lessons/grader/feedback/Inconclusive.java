package org.lessons.grader.feedback;

import org.opentest4j.TestAbortedException;

/**
 * A timing check could not be judged: the upper bound was missed on every try, but the machine was
 * too loaded at the time for that to mean anything. It neither passes nor fails the learner.
 */
public final class Inconclusive extends TestAbortedException {

    private final transient Feedback feedback;

    public Inconclusive(Feedback feedback) {
        super(feedback.render());
        this.feedback = feedback;
    }

    public Feedback feedback() {
        return feedback;
    }
}
