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
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.order.ExpectedLines.Expected;
import org.lessons.grader.order.Section;
import org.lessons.grader.submission.Submission;

import static org.lessons.grader.order.ExpectedLines.Expected.taskDone;
import static org.lessons.grader.order.ExpectedLines.Expected.taskStart;

/** Fix 1: the non-blocking sleep again, so concurrency is back. */
@DisplayName("fix-1")
class Fix1Checks {

    static final LessonTask TASK = LessonTask.FIX_1;
    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null)
            .recordingBlocking();
    static final double MAIN_SECONDS = 7;
    static final List<org.lessons.kit.Job> JOBS = List.of(org.lessons.kit.Job.of("A", 2), org.lessons.kit.Job.of("B", 1),
            org.lessons.kit.Job.of("C", 3));

    private static final String TOTAL = "~\\d+(\\.\\d+)? seconds?";

    @Order(1)
    @Graded(id = "linesComeInTheConcurrentOrder", task = "fix-1", points = Points.FIX_1_CONCURRENT_ORDER)
    @DisplayName("the tasks print their lines in the concurrent order again")
    void linesComeInTheConcurrentOrder(Submission submission) {
        TaskRuns.checkLines(submission, "concurrent (fixed)", section(mainRun(submission)), List.of(
                taskStart("A"), taskStart("B"), taskStart("C"),
                taskDone("B", "1 second"), taskDone("A", "2 seconds"), taskDone("C", "3 seconds"),
                Expected.matching("Concurrent total: ~3 seconds", "Concurrent total: " + TOTAL),
                Expected.exactly("Results: ['A result', 'B result', 'C result']")),
                Optional.of(BreakFixWording.hintFixOneOrder()));
    }

    @Order(2)
    @Graded(id = "totalIsTheLongest", task = "fix-1", points = Points.FIX_1_TOTAL_IS_THE_LONGEST)
    @DisplayName("the concurrent total is about the longest task again")
    void totalIsTheLongest(Submission submission, TestReporter reporter) {
        Symptoms.judge(submission, reporter, TASK, mainRun(submission), MAIN, MAIN_SECONDS,
                run -> Observed.completed(run, submission),
                run -> List.of(Observed.span(new Section("", run.out()), "from the first start line to the last done line",
                                3, run.lessonSecondNanos())
                        .orElseThrow(() -> new CheckFailure(Wording.notRunYet("start and done lines")))),
                BreakFixWording.hintFixOneLate(), null);
        ChildRun main = mainRun(submission);
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, section(main), "Concurrent total:");
    }

    @Order(3)
    @Graded(id = "noBlockingCallInTheCode", task = "fix-1", points = Points.FIX_1_NO_BLOCKING_STATIC)
    @DisplayName("no blocking call in the code (static rule)")
    void noBlockingCallInTheCode(Submission submission) {
        Observed.ranThrough(mainRun(submission), submission, JOBS, 1, "no blocking call in the code");
        Observed.requireNoBlockingCall(submission, TASK);
    }

    @Order(4)
    @Graded(id = "loopNeverBlocksAtRuntime", task = "fix-1", points = Points.FIX_1_NO_BLOCKING_RUNTIME)
    @DisplayName("the loop thread is never blocked while it runs (runtime detector)")
    void loopNeverBlocksAtRuntime(Submission submission) {
        Observed.requireLoopNeverBlocked(Observed.ranThrough(mainRun(submission), submission, JOBS, 1,
                "the loop thread never blocked"), submission);
    }

    /** Main's one section, whatever its header says. */
    private static Section section(ChildRun main) {
        return Section.split(main.out()).stream().findFirst()
                .orElseThrow(() -> new CheckFailure(Wording.missingSection("Concurrent execution, fixed")));
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }
}
