package org.lessons.grader.scoring;

/**
 * What confined the learner's code while it was graded.
 *
 * @param sandboxed whether every child JVM ran in the sandbox; without it, the grade is a practice grade
 * @param description the sandbox, or why there was none, in a few words
 */
public record Confinement(boolean sandboxed, String description) {

    /** The report's first line: whether this grade may stand as an official one. */
    public String headline() {
        return sandboxed ? "sandboxed: " + description
                : "PRACTICE GRADE: the learner's code was not sandboxed (" + description + ")";
    }
}
