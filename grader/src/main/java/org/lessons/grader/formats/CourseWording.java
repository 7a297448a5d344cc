package org.lessons.grader.formats;

import java.util.Locale;
import java.util.stream.Collectors;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

/** The sentences the result formats add around the grade's own feedback, in one place. */
final class CourseWording {

    private CourseWording() {
    }

    static String total(Grade grade) {
        return String.format(Locale.ROOT, "%d/%d points", grade.score(), grade.maxScore())
                + (grade.inconclusive() > 0 ? "; " + grade.inconclusive()
                + " check(s) could not be judged and earn nothing yet: grade again" : "")
                + (grade.withheld() > 0 ? "; " + grade.withheldPoints() + " points hidden until the grades are published"
                : "")
                + (grade.confinement().sandboxed() ? "" : "; a practice grade: the code was not sandboxed");
    }

    static String status(CheckOutcome.Status status) {
        return switch (status) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case INCONCLUSIVE -> couldNotJudge();
            case WITHHELD -> "hidden until the grades are published";
        };
    }

    static String couldNotJudge() {
        return "could not judge (the machine was too busy to tell): it earns nothing yet; grade again";
    }

    /** Why a submission where nothing compiled was not graded, naming each task's first problem. */
    static String ungradable(Grade grade) {
        if (grade.tasks().isEmpty()) {
            return "Not graded: no task was graded.";
        }
        return "Not graded: no task's file compiled, so none of the lesson could be run. "
                + grade.tasks().stream().map(CourseWording::firstProblem).collect(Collectors.joining(" "));
    }

    private static String firstProblem(TaskGrade task) {
        return task.checks().stream().flatMap(check -> check.feedback().stream()).findFirst()
                .map(feedback -> task.id() + ": " + feedback.measured() + (feedback.where().isEmpty() ? ""
                        : " (" + feedback.where() + ")") + ".")
                .orElse(task.id() + ": not compiled.");
    }
}
