package org.lessons.grader.submission;

import java.util.List;
import java.util.Objects;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.rules.ForbiddenUse;

/**
 * What stops a task's code from being run, as the submission finds it: facts, not sentences. Every check of the task
 * fails with it; the checks turn it into the learner's feedback.
 */
public sealed interface Obstacle {

    /** The task the obstacle stops. */
    LessonTask task();

    /**
     * The task's file is not there.
     *
     * @param path the file, as the learner opens it
     */
    record MissingFile(LessonTask task, String path) implements Obstacle {
        public MissingFile {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(path, "path");
        }
    }

    /** The task's file does not compile: javac's errors, in order, each at its place as the learner opens it. */
    record CompileFailed(LessonTask task, List<Compilation.CompileError> errors) implements Obstacle {
        public CompileFailed {
            Objects.requireNonNull(task, "task");
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failed compilation has an error");
            }
        }
    }

    /** The task's classes use what the lesson does not need (the allow-list rule), so they are not run. */
    record ForbiddenUses(LessonTask task, List<ForbiddenUse> uses) implements Obstacle {
        public ForbiddenUses {
            Objects.requireNonNull(task, "task");
            uses = List.copyOf(uses);
            if (uses.isEmpty()) {
                throw new IllegalArgumentException("a forbidden use is named");
            }
        }
    }

    /** An earlier run of the task went past its time limit, so the task's other runs are skipped. */
    record EarlierTimeout(LessonTask task, ChildRun earlier) implements Obstacle {
        public EarlierTimeout {
            Objects.requireNonNull(task, "task");
            if (!earlier.timedOut()) {
                throw new IllegalArgumentException("the earlier run timed out, not " + earlier.ending());
            }
        }
    }

    /** The obstacle, thrown through a check, which turns it into feedback; it carries no stack trace. */
    final class Found extends RuntimeException {
        private final transient Obstacle obstacle;

        public Found(Obstacle obstacle) {
            super(obstacle.getClass().getSimpleName() + " in " + obstacle.task().id(), null, false, false);
            this.obstacle = obstacle;
        }

        public Obstacle obstacle() {
            return obstacle;
        }
    }
}
