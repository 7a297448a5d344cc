package org.lessons.grader.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.feedback.BreakFixWording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.TimingJudge;
import org.lessons.grader.timing.Tolerance;
import org.lessons.kit.Job;

/** Questions the Break and Fix checks ask of a run: warnings, start and done lines, timing with a task's own wording. */
final class Symptoms {

    static final TimingJudge JUDGE = new TimingJudge(Tolerance.DEFAULT);

    private Symptoms() {
    }

    /** The closes of the program's loops at which the kit warned, as the kit reported them (never its stderr text). */
    static List<ChildEvent.LoopClosed> warnings(ChildRun run) {
        return run.closings().stream().filter(ChildEvent.LoopClosed::warns).toList();
    }

    /**
     * Passes when the run's loops closed with nothing pending: at least one loop closed (the kit reports every close),
     * and the kit warned at none. A run in which no loop closed shows nothing, and fails.
     */
    static void requireNothingLeftPending(ChildRun run, String next) {
        if (run.closings().isEmpty()) {
            throw new CheckFailure(BreakFixWording.noLoopClosed(run.scenario().label()));
        }
        warnings(run).stream().findFirst().ifPresent(warning -> {
            throw new CheckFailure(BreakFixWording.leftPending(warning, run.scenario().label(), next));
        });
    }

    static List<TaskLine> taskLines(ChildRun run) {
        return run.out().stream().map(TaskLine::parse).flatMap(Optional::stream).toList();
    }

    /** Fails unless every job printed its start line. */
    static void requireStartLines(ChildRun run, List<Job> jobs) {
        List<TaskLine> lines = taskLines(run);
        List<String> missing = jobs.stream().map(Job::name)
                .filter(name -> lines.stream().noneMatch(l -> !l.done() && l.name().equals(name))).toList();
        if (!missing.isEmpty()) {
            throw new CheckFailure(BreakFixWording.startLinesMissing(missing, run.scenario().label()));
        }
    }

    static Optional<TaskLine> firstStart(ChildRun run) {
        return taskLines(run).stream().filter(l -> !l.done()).findFirst();
    }

    static Optional<ChildEvent.Line> lineStartingWith(ChildRun run, String prefix) {
        return run.out().stream().filter(l -> l.text().strip().startsWith(prefix)).findFirst();
    }

    /** Nanoseconds at which the call ended, as the harness saw it. */
    static long endNanos(ChildRun run) {
        return run.finished().map(ChildEvent.Finished::nanos).orElse(0L);
    }

    /**
     * Judges timing bounds with retries in fresh runs; an early span fails with {@code early} when given,
     * otherwise with the common wording.
     */
    static void judge(Submission submission, TestReporter reporter, LessonTask task, ChildRun first,
                      Scenario scenario, double lessonSeconds, Function<ChildRun, ChildRun> accept,
                      Function<ChildRun, List<Bound>> measure, String hint, Function<Bound, Feedback> early) {
        judge(JUDGE, submission, reporter, task, first, scenario, lessonSeconds, accept, measure, hint, early);
    }

    /** Like the other {@code judge}, with a judge of its own tolerance. */
    static void judge(TimingJudge judge, Submission submission, TestReporter reporter, LessonTask task,
                      ChildRun first, Scenario scenario, double lessonSeconds, Function<ChildRun, ChildRun> accept,
                      Function<ChildRun, List<Bound>> measure, String hint, Function<Bound, Feedback> early) {
        Timings.judge(judge, submission, reporter, first,
                () -> accept.apply(submission.runFresh(task, scenario, lessonSeconds)), measure, hint,
                Optional.ofNullable(early));
    }
}
