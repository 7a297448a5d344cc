package org.lessons.grader.checks;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.lessons.grader.submission.Submission;

/** Hands each check the submission under grading, which the launcher put in its session store. */
public final class SubmissionResolver implements ParameterResolver {

    /** The store namespace and key under which the launcher session holds the {@link Submission}. */
    public static final String NAMESPACE = "org.lessons.grader";
    public static final String KEY = "submission";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Submission.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return submission(context);
    }

    /** The submission under grading, from the launcher session's store. */
    static Submission submission(ExtensionContext context) {
        Submission submission = context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION,
                ExtensionContext.Namespace.create(NAMESPACE)).get(KEY, Submission.class);
        if (submission == null) {
            throw new ParameterResolutionException("no submission in the launcher session; run the checks through "
                    + "org.lessons.grader.launching.GradingLauncher, not as plain tests");
        }
        return submission;
    }
}
