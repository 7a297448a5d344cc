package org.lessons.grader.formats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lessons.grader.scoring.Disclosure;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.RunTimeline;
import org.lessons.grader.scoring.TaskGrade;

/**
 * What every result format is written from: one grading's grade and what it saw.
 *
 * @param grade the points, per task and check, and each task's timelines
 * @param compiledTasks the graded tasks whose file compiled
 * @param gradedAt when the grading ended
 */
public record GradedSubmission(Grade grade, Set<String> compiledTasks, Instant gradedAt) {

    public GradedSubmission {
        Objects.requireNonNull(grade, "grade");
        compiledTasks = Set.copyOf(compiledTasks);
        Objects.requireNonNull(gradedAt, "gradedAt");
    }

    /**
     * Whether the submission could be graded at all: some task was graded and the file of at least one graded task
     * compiled. A submission where nothing compiled (no lesson file, or a compile error in every graded task's file)
     * has not been judged on the lesson, only on its build.
     */
    public boolean gradable() {
        return !grade.tasks().isEmpty() && !compiledTasks.isEmpty();
    }

    /** The same grading, shown as {@code disclosure} lets it be. */
    public GradedSubmission disclosed(Disclosure disclosure) {
        return new GradedSubmission(grade.disclosed(disclosure), compiledTasks, gradedAt);
    }

    /** The timelines of one task's main run; none when it printed no task lines. */
    public List<RunTimeline> timelinesOf(String task) {
        return grade.tasks().stream().filter(graded -> graded.id().equals(task)).findFirst()
                .map(TaskGrade::timelines).orElse(List.of());
    }
}
