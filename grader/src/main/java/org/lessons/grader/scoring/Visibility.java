package org.lessons.grader.scoring;

/**
 * Who may see a check's verdict, and when: Gradescope's visibility levels, of which this grader needs two.
 */
public enum Visibility {

    /** The learner sees the check's verdict and feedback with every grade. */
    VISIBLE,

    /**
     * The check's verdict gives a secret away (an answer key), so the learner sees it only once the instructor
     * publishes the grades. A grader without the secret (the practice grader) and a grading told to withhold it (one
     * whose every output the learner can read) show the check as withheld: no verdict, no points, no feedback.
     */
    AFTER_PUBLISHED
}
