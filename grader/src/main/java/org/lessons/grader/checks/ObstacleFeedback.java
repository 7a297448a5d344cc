package org.lessons.grader.checks;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.RunFailureWording;
import org.lessons.grader.submission.Obstacle;

/**
 * Turns an {@link Obstacle} that stopped a task's code from running (a missing file, a compile error, a forbidden use,
 * an earlier timeout) into the check's failure, in the learner's words: the submission finds the obstacle, the checks
 * say it.
 */
public final class ObstacleFeedback implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof Obstacle.Found found) {
            throw new CheckFailure(RunFailureWording.obstacle(found.obstacle(), SubmissionResolver.submission(context)
                    .locator()));
        }
        throw thrown;
    }
}
