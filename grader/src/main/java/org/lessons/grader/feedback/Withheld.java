package org.lessons.grader.feedback;

import org.opentest4j.TestAbortedException;

/**
 * A check hidden until the grades are published could not be judged here, because this grader lacks its secret (the
 * practice grader has no answer key). It neither passes nor fails; the published grade judges it.
 */
public final class Withheld extends TestAbortedException {

    private final transient Feedback feedback;

    public Withheld(Feedback feedback) {
        super(feedback.render());
        this.feedback = feedback;
    }

    public Feedback feedback() {
        return feedback;
    }

    /** What a grade that withholds a judged check says in its place: nothing of the verdict or the secret. */
    public static Feedback untilPublished() {
        return new Feedback("the instructor's verdict on this check",
                "hidden until the grades are published; this grade leaves its points out", "",
                "Nothing to do here: the published grade shows this check and its points.");
    }
}
