package org.lessons.grader.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.feedback.BreakFixWording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.order.Section;
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.kit.Job;

/** Break 1: a call without await; graded on reproducing the symptom. */
@DisplayName("break-1")
class Break1Checks {

    static final LessonTask TASK = LessonTask.BREAK_1;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));
    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    /** A correct program needs no time at all; a "fixed" one needs 3 lesson seconds. */
    static final double MAIN_SECONDS = 5;

    private static final String TOTAL = "Concurrent total:";
    private static final String SECTION = "Concurrent execution";

    @Order(1)
    @Graded(id = "totalIsAboutZero", task = "break-1", points = Points.BREAK_1_TOTAL_ABOUT_ZERO)
    @DisplayName("the total is about 0 seconds, because nothing waited for the tasks")
    void totalIsAboutZero(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        Symptoms.judge(submission, reporter, TASK, main, MAIN, MAIN_SECONDS, run -> Observed.completed(run, submission),
                run -> List.of(totalBound(run)), BreakFixWording.hintBreakOneStillAwaits(), null);
        // The printed number is the learner's own EventLoop.time() difference: about 0 when nothing waited.
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(Section.split(main.out()),
                SECTION), TOTAL);
    }

    @Order(2)
    @Graded(id = "noTaskPrintsItsDoneLine", task = "break-1", points = Points.BREAK_1_NO_DONE_LINES)
    @DisplayName("every task starts, and none prints its done line")
    void noTaskPrintsItsDoneLine(Submission submission) {
        ChildRun main = mainRun(submission);
        Symptoms.requireStartLines(main, JOBS);
        Symptoms.taskLines(main).stream().filter(TaskLine::done).findFirst().ifPresent(done -> {
            throw new CheckFailure(BreakFixWording.breakOneDoneLine(done.line(), submission.locator()));
        });
    }

    @Order(3)
    @Graded(id = "kitWarnsThatNobodyAwaited", task = "break-1", points = Points.BREAK_1_NEVER_AWAITED_WARNING)
    @DisplayName("the kit warns that nobody awaited the tasks")
    void kitWarnsThatNobodyAwaited(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        List<ChildEvent.LoopClosed> warnings = Symptoms.warnings(main);
        if (warnings.isEmpty()) {
            throw new CheckFailure(BreakFixWording.breakOneNoWarning(main.closings().size()));
        }
        reporter.publishEntry("warning", warnings.get(0).forgottenWaits() + " wait(s) nobody awaited, "
                + warnings.get(0).pendingTasks() + " task(s) pending");
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }

    /** From the first line main printed to the total line. */
    private static Bound totalBound(ChildRun run) {
        ChildEvent.Line total = Symptoms.lineStartingWith(run, TOTAL)
                .orElseThrow(() -> new CheckFailure(Wording.missingTotal(TOTAL, run.scenario().label())));
        ChildEvent.Line first = run.out().get(0);
        return new Bound("from main's first line to its \"" + TOTAL + "\" line", 0, total.nanos() - first.nanos(),
                run.lessonSecondNanos(), total.where());
    }
}
