package org.lessons.grader.checks;

import java.util.ArrayList;
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

/** Fix 3: the first task to complete wins (anyOf over createTask tasks), the rest are cancelled. */
@DisplayName("fix-3")
class Fix3Checks {

    static final LessonTask TASK = LessonTask.FIX_3;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 5;
    private static final double LONGEST = 3;
    /** {@code firstCompleted} on the original tasks, its loop kept open as long as the longest task after it returns. */
    static final Scenario KEPT_OPEN = new Scenario(TASK.className(), "firstCompleted", Scenario.Call.ON_LOOP, JOBS, null)
            .lingering(LONGEST);

    private static final String FIRST = "First completed:";

    @Order(1)
    @Graded(id = "firstResultIsReported", task = "fix-3", points = Points.FIX_3_FIRST_RESULT)
    @DisplayName("the first task to complete is the one reported")
    void firstResultIsReported(Submission submission) {
        ChildRun main = mainRun(submission);
        ChildEvent.Line line = firstLine(main);
        if (!line.text().strip().equals(FIRST + " B result")) {
            throw new CheckFailure(BreakFixWording.fixThreeFirstResult(FIRST + " B result", line.text().strip(),
                    main.scenario().label(), submission.locator().display(line.where())));
        }
        ChildRun hidden = hiddenRun(submission);
        String first = hidden.scenario().jobs().stream().min(java.util.Comparator.comparingDouble(Job::seconds))
                .orElseThrow().name() + " result";
        String returned = String.join(", ", hidden.finished().orElseThrow().value());
        if (!returned.equals(first)) {
            throw new CheckFailure(BreakFixWording.fixThreeFirstResult(first, returned, hidden.scenario().label(), ""));
        }
    }

    @Order(2)
    @Graded(id = "firstResultAfterAboutOneSecond", task = "fix-3", points = Points.FIX_3_ABOUT_ONE_SECOND)
    @DisplayName("the first result comes after about 1 second, and so does the end")
    void firstResultAfterAboutOneSecond(Submission submission, TestReporter reporter) {
        Symptoms.judge(submission, reporter, TASK, mainRun(submission), MAIN, MAIN_SECONDS,
                run -> Observed.completed(run, submission), Fix3Checks::bounds, BreakFixWording.hintFixThreeLate(), null);
        ChildRun main = mainRun(submission);
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(Section.split(main.out()),
                "First completed"), "First completed total:");
    }

    @Order(3)
    @Graded(id = "cancelledTasksPrintNoDoneLine", task = "fix-3", points = Points.FIX_3_NO_DONE_LINES_FOR_CANCELLED)
    @DisplayName("the cancelled tasks print no done line")
    void cancelledTasksPrintNoDoneLine(Submission submission) {
        ChildRun main = mainRun(submission);
        Symptoms.requireStartLines(main, JOBS);
        requireNoLosersDone(main, submission);
        // In main the loop closes after the first result, and with it every timer: a task that was never cancelled
        // prints nothing there either. Kept open as long as the longest task, the loop shows who was cancelled.
        ChildRun kept = Observed.completed(submission.run(TASK, KEPT_OPEN, 2 * LONGEST + 1), submission);
        Symptoms.requireStartLines(kept, JOBS);
        requireNoLosersDone(kept, submission);
    }

    private static void requireNoLosersDone(ChildRun run, Submission submission) {
        Symptoms.taskLines(run).stream().filter(l -> l.done() && !l.name().equals("B")).findFirst().ifPresent(done -> {
            throw new CheckFailure(BreakFixWording.fixThreeCancelledDone(done.line(), run.scenario().label(),
                    submission.locator()));
        });
    }

    @Order(4)
    @Graded(id = "nothingLeftPending", task = "fix-3", points = Points.FIX_3_NOTHING_LEFT_PENDING)
    @DisplayName("nothing is left pending when the loop closes")
    void nothingLeftPending(Submission submission) {
        List<ChildRun> runs = new ArrayList<>();
        ChildRun main = mainRun(submission);
        Symptoms.requireStartLines(main, JOBS);
        firstLine(main);
        runs.add(main);
        runs.add(hiddenRun(submission));
        for (ChildRun run : runs) {
            Symptoms.requireNothingLeftPending(run, BreakFixWording.hintFixThreeLeftPending());
        }
    }

    /** {@code firstCompleted} on three tasks drawn for this grading: not the original's, so a typed-in "B" shows. */
    private static ChildRun hiddenRun(Submission submission) {
        List<Job> drawn = DrawnLists.draw(submission.seed(), "fix-3 any list", 3);
        Scenario scenario = new Scenario(TASK.className(), "firstCompleted", Scenario.Call.ON_LOOP, drawn, null);
        double longest = drawn.stream().mapToDouble(Job::seconds).max().orElse(0);
        return Observed.completed(submission.run(TASK, scenario, longest + 1), submission);
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }

    private static ChildEvent.Line firstLine(ChildRun run) {
        return Symptoms.lineStartingWith(run, FIRST)
                .orElseThrow(() -> new CheckFailure(Wording.missingTotal(FIRST, run.scenario().label())));
    }

    private static List<Bound> bounds(ChildRun run) {
        TaskLine start = Symptoms.firstStart(run)
                .orElseThrow(() -> new CheckFailure(Wording.notRunYet("a start line for every task")));
        ChildEvent.Line first = firstLine(run);
        return List.of(
                new Bound("from the first start line to the \"" + FIRST + "\" line", 1, first.nanos() - start.nanos(),
                        run.lessonSecondNanos(), first.where()),
                new Bound("from the first start line to the end of main", 1, Symptoms.endNanos(run) - start.nanos(),
                        run.lessonSecondNanos(), first.where()));
    }
}
