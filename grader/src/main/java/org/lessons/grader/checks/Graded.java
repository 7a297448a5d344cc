package org.lessons.grader.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lessons.grader.scoring.Visibility;

/** A grading check: a Jupiter test worth {@link #points()} of task {@link #task()}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(SubmissionResolver.class)
@ExtendWith(ObstacleFeedback.class)
public @interface Graded {

    /**
     * The check's id, unique in its task and stable: {@code grade.json}, the platforms' results and the class report
     * name the check by it, so it stays when the method is renamed. New ids are written as the method was first named.
     */
    String id();

    /** The task id, such as {@code run}. */
    String task();

    /** What passing this check is worth; see {@link org.lessons.grader.lesson.Points}. */
    int points();

    /** When the learner may see the verdict: {@link Visibility#AFTER_PUBLISHED} for a check that gives a secret away. */
    Visibility visibility() default Visibility.VISIBLE;
}
