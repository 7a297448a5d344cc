package org.lessons.grader.checks;

import java.util.List;
import java.util.Optional;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.feedback.RunFailureWording;
import org.lessons.grader.feedback.Inconclusive;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.Section;
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;

/** Questions the checks ask of a run, shared by every task's checks. */
final class Observed {

    private Observed() {
    }

    /** The run, if its call returned normally; otherwise a failure that says why it did not. */
    static ChildRun completed(ChildRun run, Submission submission) {
        if (!(run.ending() instanceof RunEnding.Returned returned)) {
            failBecauseNotCompleted(run, submission);
            return run;
        }
        if (returned.flooded()) {
            throw new CheckFailure(RunFailureWording.outputFlood(run, returned.droppedLines(), run.lines().size(),
                    submission.locator()));
        }
        return run;
    }

    /**
     * Fails the check with why the run did not complete; when the grader's own harness failed, no verdict: could not
     * judge.
     */
    static void failBecauseNotCompleted(ChildRun run, Submission submission) {
        if (run.ending() instanceof RunEnding.HarnessFailed failed) {
            throw new Inconclusive(RunFailureWording.harnessFailed(run, failed));
        }
        throw new CheckFailure(RunFailureWording.didNotComplete(run, submission.locator()));
    }

    static Section section(List<Section> sections, String name) {
        return Section.named(sections, name).orElseThrow(() -> new CheckFailure(Wording.missingSection(name)));
    }

    /** Each done line against its own start line: done after the task's seconds, never before. */
    static List<Bound> doneOffsets(Section section, List<org.lessons.kit.Job> jobs, long lessonSecondNanos) {
        List<TaskLine> lines = section.taskLines();
        return jobs.stream().flatMap(job -> {
            Optional<TaskLine> start = lines.stream().filter(l -> l.name().equals(job.name()) && !l.done()).findFirst();
            Optional<TaskLine> done = lines.stream().filter(l -> l.name().equals(job.name()) && l.done()).findFirst();
            if (start.isEmpty() || done.isEmpty()) {
                return java.util.stream.Stream.empty();
            }
            return java.util.stream.Stream.of(new Bound("Task " + job.name() + "'s done line after its start line"
                    + (section.header().isEmpty() ? "" : " (" + section.header() + ")"),
                    job.seconds(), done.get().nanos() - start.get().nanos(), lessonSecondNanos, done.get().line().where()));
        }).toList();
    }

    /** From the first start line to the last done line of a section. */
    static Optional<Bound> span(Section section, String what, double nominal, long lessonSecondNanos) {
        List<TaskLine> lines = section.taskLines();
        Optional<TaskLine> first = lines.stream().filter(l -> !l.done()).findFirst();
        Optional<TaskLine> last = lines.stream().filter(TaskLine::done).reduce((a, b) -> b);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bound(what, nominal, last.get().nanos() - first.get().nanos(), lessonSecondNanos,
                last.get().line().where()));
    }

    /**
     * The run, if it shows the program running to its end: its call returned, and it printed a start and a done line
     * for every job in each of its {@code sections}. A check that passes on something not happening (no blocking call,
     * the loop never blocked, nothing left pending) asks this first, so that a program that did nothing (an empty
     * {@code main}) earns none of it.
     *
     * @param check what the check wants, for the failure
     */
    static ChildRun ranThrough(ChildRun run, Submission submission, List<org.lessons.kit.Job> jobs, int sections,
                               String check) {
        completed(run, submission);
        List<TaskLine> lines = run.out().stream().map(TaskLine::parse).flatMap(Optional::stream).toList();
        List<String> missing = new java.util.ArrayList<>();
        for (org.lessons.kit.Job job : jobs) {
            for (boolean done : new boolean[] {false, true}) {
                long printed = lines.stream().filter(l -> l.done() == done && l.name().equals(job.name())).count();
                if (printed < sections) {
                    missing.add((sections == 1 ? "" : (sections - printed) + " ") + "Task " + job.name()
                            + (done ? " done" : " starting") + " line" + (sections - printed > 1 ? "s" : ""));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new CheckFailure(Wording.noEvidence(check, run.scenario().label(), missing));
        }
        return run;
    }

    /** Passes when the static rule finds no blocking call in the task's classes. */
    static void requireNoBlockingCall(Submission submission, org.lessons.grader.lesson.LessonTask task) {
        List<org.lessons.grader.rules.FoundCall> calls = submission.blockingCalls(task);
        if (!calls.isEmpty()) {
            throw new CheckFailure(Wording.blockingInCode(calls, submission.locator()));
        }
    }

    /**
     * Passes when the runtime detector saw the loop thread blocked or busy in learner code at no time, on a run that the
     * flight recorder recorded whole. A stall fails the check whatever recorded it; but when the recorder could not
     * record (the harness then watches with the sampler alone, which misses calls shorter than its threshold), the
     * sampler seeing nothing proves nothing: the check is inconclusive, worth no points, and says to grade again.
     */
    static void requireLoopNeverBlocked(ChildRun run, Submission submission) {
        run.stalls().stream().findFirst().ifPresent(stall -> {
            throw new CheckFailure(Wording.blockedAtRuntime(stall, run.lessonSecondNanos(), submission.locator()));
        });
        boolean recorded = run.finished().map(ChildEvent.Finished::blockingRecorded).orElse(false);
        if (!recorded) {
            throw new Inconclusive(Wording.blockingNotRecorded(run.scenario().label()));
        }
    }

    /** Task lines (start or done) of a run. */
    static List<ChildEvent.Line> taskLines(ChildRun run) {
        return run.out().stream().filter(l -> TaskLine.parse(l).isPresent()).toList();
    }
}
