package org.lessons.grader.checks;

import java.util.List;
import java.util.Optional;
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
import org.lessons.grader.order.ExpectedLines;
import org.lessons.grader.order.ExpectedLines.Expected;
import org.lessons.grader.order.Section;
import org.lessons.grader.rules.FoundCall;
import org.lessons.grader.submission.Submission;
import org.lessons.kit.Job;

import static org.lessons.grader.order.ExpectedLines.Expected.taskDone;
import static org.lessons.grader.order.ExpectedLines.Expected.taskStart;

/**
 * Break 2: Thread.sleep inside the tasks on the loop; graded on reproducing the symptom, and on its cause:
 * the same static rule and runtime detector that must stay silent in every other task must fire here.
 */
@DisplayName("break-2")
class Break2Checks {

    static final LessonTask TASK = LessonTask.BREAK_2;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));
    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null)
            .recordingBlocking();
    static final double MAIN_SECONDS = 8;

    private static final String SLEEP = "Thread.sleep";
    private static final String TOTAL = "~\\d+(\\.\\d+)? seconds?";

    @Order(1)
    @Graded(id = "tasksRunOneAfterAnother", task = "break-2", points = Points.BREAK_2_ONE_AFTER_ANOTHER)
    @DisplayName("the tasks run strictly one after another")
    void tasksRunOneAfterAnother(Submission submission) {
        ChildRun main = mainRun(submission);
        Section section = Section.split(main.out()).stream().findFirst()
                .orElseThrow(() -> new CheckFailure(Wording.missingSection("Concurrent execution, with Thread.sleep")));
        ExpectedLines expected = new ExpectedLines(List.of(
                taskStart("A"), taskDone("A", "2 seconds"), taskStart("B"),
                taskDone("B", "1 second"), taskStart("C"), taskDone("C", "3 seconds"),
                Expected.matching("Concurrent total: ~6 seconds", "Concurrent total: " + TOTAL),
                Expected.exactly("Results: ['A result', 'B result', 'C result']")));
        expected.firstMismatch(section.lines()).ifPresent(mismatch -> {
            boolean stillConcurrent = section.taskLines().size() >= 2
                    && !section.taskLines().get(0).done() && !section.taskLines().get(1).done();
            throw new CheckFailure(BreakFixWording.breakTwoOrder(mismatch, stillConcurrent, submission.locator()));
        });
    }

    @Order(2)
    @Graded(id = "totalIsTheSum", task = "break-2", points = Points.BREAK_2_TOTAL_IS_THE_SUM)
    @DisplayName("the concurrent total is about the sum of the tasks")
    void totalIsTheSum(Submission submission, TestReporter reporter) {
        Symptoms.judge(submission, reporter, TASK, mainRun(submission), MAIN, MAIN_SECONDS,
                run -> Observed.completed(run, submission),
                run -> List.of(Observed.span(new Section("", run.out()), "from the first start line to the last done line",
                                6, run.lessonSecondNanos())
                        .orElseThrow(() -> new CheckFailure(Wording.notRunYet("start and done lines")))),
                BreakFixWording.hintBreakTwoLate(), bound -> BreakFixWording.breakTwoStillConcurrent(bound, submission.locator()));
    }

    @Order(3)
    @Graded(id = "staticRuleFindsTheThreadSleep", task = "break-2", points = Points.BREAK_2_STATIC_RULE_FIRES)
    @DisplayName("the static rule against blocking calls finds your Thread.sleep")
    void staticRuleFindsTheThreadSleep(Submission submission, TestReporter reporter) {
        // A Thread.sleep in code that never ran reproduces nothing: the program must run its tasks to their ends.
        ChildRun main = Observed.ranThrough(mainRun(submission), submission, JOBS, 1,
                "the static rule finds the Thread.sleep of a program that ran");
        List<FoundCall> calls = submission.blockingCalls(TASK);
        List<FoundCall> sleeps = calls.stream().filter(c -> c.target().equals(SLEEP)).toList();
        if (sleeps.isEmpty()) {
            Optional<ChildEvent.Stall> cause = main.stalls().stream().findFirst();
            throw new CheckFailure(BreakFixWording.breakTwoNoThreadSleepInCode(calls, cause, submission.locator()));
        }
        reporter.publishEntry("static rule", SLEEP + " at " + submission.locator().display(sleeps.get(0).where()));
    }

    @Order(4)
    @Graded(id = "runtimeDetectorSeesTheSleep", task = "break-2", points = Points.BREAK_2_RUNTIME_DETECTOR_FIRES)
    @DisplayName("the runtime detector sees the loop asleep in Thread.sleep, at that line")
    void runtimeDetectorSeesTheSleep(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        List<ChildEvent.Stall> asleep = main.stalls().stream().filter(s -> s.kind() == ChildEvent.Stall.Kind.SLEEP).toList();
        if (asleep.isEmpty()) {
            throw new CheckFailure(BreakFixWording.breakTwoNoSleepAtRuntime(main.stalls(), main.lessonSecondNanos(),
                    submission.locator()));
        }
        List<FoundCall> sleeps = submission.blockingCalls(TASK).stream().filter(c -> c.target().equals(SLEEP)).toList();
        if (!sleeps.isEmpty()) {
            asleep.stream().filter(s -> sleeps.stream().noneMatch(c -> c.where().equals(s.where()))).findFirst()
                    .ifPresent(stall -> {
                        throw new CheckFailure(BreakFixWording.breakTwoSleepElsewhere(stall, sleeps, submission.locator()));
                    });
        }
        reporter.publishEntry("runtime detector", asleep.size() + " stretches asleep, first at "
                + submission.locator().display(asleep.get(0).where()));
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }
}
