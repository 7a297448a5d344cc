package org.lessons.grader.scoring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.grader.lesson.LessonTask;

/**
 * The grade of one grading run.
 *
 * @param submission the graded source root, as given
 * @param lessonSecond how long a lesson second lasted while grading
 * @param seed the grading's seed, which reproduces its hidden task lists
 * @param confinement what confined the learner's code: a grade without a sandbox is a practice grade
 * @param tasks the graded tasks, in lesson order
 * @param duration how long grading took
 * @param notes what the learner should know that costs no points, such as a file the grader left out
 */
public record Grade(String submission, Duration lessonSecond, long seed, Confinement confinement, List<TaskGrade> tasks,
                    Duration duration, List<String> notes) {

    public Grade {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
    }

    /** A grade without notes. */
    public Grade(String submission, Duration lessonSecond, long seed, Confinement confinement, List<TaskGrade> tasks,
                 Duration duration) {
        this(submission, lessonSecond, seed, confinement, tasks, duration, List.of());
    }

    /** The same grade with these notes. */
    public Grade withNotes(List<String> notes) {
        return new Grade(submission, lessonSecond, seed, confinement, tasks, duration, notes);
    }

    /** Groups outcomes by task, in the lesson's order of tasks. */
    public static Grade of(String submission, Duration lessonSecond, long seed, Confinement confinement,
                           List<CheckOutcome> outcomes, Duration duration) {
        Map<String, List<CheckOutcome>> byTask = new LinkedHashMap<>();
        for (LessonTask task : LessonTask.values()) {
            List<CheckOutcome> checks = outcomes.stream().filter(o -> o.task().equals(task.id())).toList();
            if (!checks.isEmpty()) {
                byTask.put(task.id(), checks);
            }
        }
        List<TaskGrade> tasks = byTask.entrySet().stream()
                .map(e -> new TaskGrade(e.getKey(), LessonTask.byId(e.getKey()).map(LessonTask::title).orElse(e.getKey()),
                        e.getValue()))
                .toList();
        return new Grade(submission, lessonSecond, seed, confinement, tasks, duration);
    }

    /** The same grade with each task's timelines, by task id (a task without any keeps none). */
    public Grade withTimelines(Map<String, List<RunTimeline>> timelines) {
        List<TaskGrade> pictured = tasks.stream().map(task -> new TaskGrade(task.id(), task.title(), task.checks(),
                timelines.getOrDefault(task.id(), List.of()))).toList();
        return new Grade(submission, lessonSecond, seed, confinement, pictured, duration, notes);
    }

    /** The grade as {@code disclosure} lets it be shown: the same grade, or one whose hidden checks are withheld. */
    public Grade disclosed(Disclosure disclosure) {
        List<TaskGrade> shown = tasks.stream().map(task -> new TaskGrade(task.id(), task.title(),
                task.checks().stream().map(disclosure::apply).toList(), task.timelines())).toList();
        return new Grade(submission, lessonSecond, seed, confinement, shown, duration, notes);
    }

    public int score() {
        return tasks.stream().mapToInt(TaskGrade::score).sum();
    }

    public int maxScore() {
        return tasks.stream().mapToInt(TaskGrade::maxScore).sum();
    }

    public long inconclusive() {
        return count(CheckOutcome.Status.INCONCLUSIVE);
    }

    /** How many checks this grade withholds until the grades are published. */
    public long withheld() {
        return count(CheckOutcome.Status.WITHHELD);
    }

    /** The points of the checks this grade withholds: not in {@link #score()}, in the published grade. */
    public int withheldPoints() {
        return tasks.stream().flatMap(t -> t.checks().stream())
                .filter(c -> c.status() == CheckOutcome.Status.WITHHELD).mapToInt(CheckOutcome::maxPoints).sum();
    }

    private long count(CheckOutcome.Status status) {
        return tasks.stream().flatMap(t -> t.checks().stream()).filter(c -> c.status() == status).count();
    }
}
