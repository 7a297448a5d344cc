package org.lessons.grader.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.BreakFixWording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.TimingJudge;
import org.lessons.grader.timing.Tolerance;
import org.lessons.kit.EventLoop;

/** Break 3: EventLoop.run inside a running loop; graded on the refusal reaching the caller, promptly. */
@DisplayName("break-3")
class Break3Checks {

    static final LessonTask TASK = LessonTask.BREAK_3;
    /** The grader calls nestedRun() itself, on its own thread: no loop around it. */
    static final Scenario NESTED = new Scenario(TASK.className(), "nestedRun", Scenario.Call.DIRECT, null, null);
    static final double NESTED_SECONDS = 3;
    static final String ANNOUNCEMENT = "Inside the running loop: calling EventLoop.run again...";

    /**
     * The refusal comes "at once": within half a lesson second (at least 50 ms). The end of {@code nestedRun()} is
     * stamped on the caller's thread after the loop's thread has ended, and that thread's own waits for a CPU are
     * counted; the wrong programs wait a task's whole second or never end.
     */
    private static final TimingJudge REFUSAL_JUDGE = new TimingJudge(new Tolerance(0.5, 50_000_000L));

    @Order(1)
    @Graded(id = "refusalReachesTheCaller", task = "break-3", points = Points.BREAK_3_REFUSAL_REACHES_CALLER)
    @DisplayName("the nested run's refusal reaches the caller unchanged")
    void refusalReachesTheCaller(Submission submission, TestReporter reporter) {
        ChildRun run = ended(submission.run(TASK, NESTED, NESTED_SECONDS), submission);
        RunEnding.LearnerException refusal = run.thrown()
                .filter(thrown -> thrown.is(IllegalStateException.class)
                        && thrown.message().equals(EventLoop.NESTED_RUN_MESSAGE))
                .orElseThrow(() -> new CheckFailure(BreakFixWording.breakThreeNoRefusal(run, submission.locator())));
        reporter.publishEntry("refusal", "IllegalStateException: " + refusal.message() + " at "
                + submission.locator().display(refusal.where()));
    }

    @Order(2)
    @Graded(id = "nothingHangs", task = "break-3", points = Points.BREAK_3_NOTHING_HANGS)
    @DisplayName("nothing hangs: the refusal comes at once and nothing is left pending")
    void nothingHangs(Submission submission, TestReporter reporter) {
        ChildRun run = ended(submission.run(TASK, NESTED, NESTED_SECONDS), submission);
        Symptoms.judge(REFUSAL_JUDGE, submission, reporter, TASK, run, NESTED, NESTED_SECONDS,
                fresh -> ended(fresh, submission),
                Break3Checks::refusalDelay, BreakFixWording.hintBreakThreeLate(), null);
        Symptoms.requireNothingLeftPending(run, BreakFixWording.hintBreakThreeLeftPending());
    }

    /** The run, if the learner's call ended by itself (returning, or throwing anything but the stub's exception). */
    private static ChildRun ended(ChildRun run, Submission submission) {
        boolean stub = run.thrown().filter(thrown -> thrown.is(UnsupportedOperationException.class)).isPresent();
        if (!(run.returned() || run.thrown().isPresent()) || stub) {
            Observed.failBecauseNotCompleted(run, submission);
        }
        return run;
    }

    private static List<Bound> refusalDelay(ChildRun run) {
        ChildEvent.Line line = Symptoms.lineStartingWith(run, ANNOUNCEMENT)
                .orElseThrow(() -> new CheckFailure(BreakFixWording.breakThreeAnnouncementMissing(ANNOUNCEMENT,
                        run.scenario().label())));
        return List.of(new Bound("from the \"Inside the running loop\" line to the end of nestedRun()", 0,
                Symptoms.endNanos(run) - line.nanos(), run.lessonSecondNanos(), line.where()));
    }
}
