package org.lessons.grader.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

/**
 * One check with its stable number {@code task.check}: the task's place in the lesson and the check's place in its
 * task's report order, both from 1, so that a number means the same check whichever tasks a grading chose.
 *
 * @param number such as {@code 2.3}
 * @param task the check's task
 * @param check the check's outcome
 */
public record NumberedCheck(String number, TaskGrade task, CheckOutcome check) {

    /** Every check of the grade, in report order. */
    public static List<NumberedCheck> of(Grade grade) {
        List<NumberedCheck> checks = new ArrayList<>();
        for (TaskGrade task : grade.tasks()) {
            int taskNumber = LessonTask.byId(task.id()).map(t -> t.ordinal() + 1).orElse(grade.tasks().indexOf(task) + 1);
            for (int i = 0; i < task.checks().size(); i++) {
                checks.add(new NumberedCheck(taskNumber + "." + (i + 1), task, task.checks().get(i)));
            }
        }
        return checks;
    }

    /** The check's name with its task, as a platform lists it: {@code run: lines come in order}. */
    public String title() {
        return task.id() + ": " + check.name();
    }

    /** The four-line feedback (expected, measured, where, next), or what a passed check says. */
    public String feedback() {
        return check.feedback().map(Feedback::render).orElse(check.passed() ? "passed" : "");
    }

    /** The feedback's {@code where}, when it names a file and line: the learner's file and its line. */
    public Optional<SourceLine> sourceLine() {
        return check.feedback().flatMap(f -> SourceLine.parse(f.where()));
    }

    /** The learner's file and a line of it, from a feedback's {@code where}: {@code path/To.java:12}. */
    public record SourceLine(String file, int line) {

        static Optional<SourceLine> parse(String where) {
            int colon = where.lastIndexOf(':');
            if (colon <= 0 || colon == where.length() - 1) {
                return Optional.empty();
            }
            String digits = where.substring(colon + 1).strip();
            if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
                return Optional.empty();
            }
            int line = Integer.parseInt(digits);
            return line < 1 ? Optional.empty() : Optional.of(new SourceLine(where.substring(0, colon).strip(), line));
        }
    }
}
