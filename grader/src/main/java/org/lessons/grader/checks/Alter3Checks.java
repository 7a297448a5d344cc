package org.lessons.grader.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.AlterWording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.order.ExpectedLines.Expected;
import org.lessons.grader.order.Section;
import org.lessons.grader.submission.Submission;
import org.lessons.kit.Job;

/** Alter 3: gather with return_exceptions=True: one task raises, its slot holds the exception. */
@DisplayName("alter-3")
class Alter3Checks {

    static final LessonTask TASK = LessonTask.ALTER_3;
    static final String FAILING = "B";
    static final String FAILURE_MESSAGE = "Task B failed";
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 3;

    private static final String SECTION = "Concurrent execution";
    private static final String TOTAL = "Concurrent total:";

    @Order(1)
    @Graded(id = "everyTaskRunsToItsEnd", task = "alter-3", points = Points.ALTER_3_EVERY_TASK_ENDS)
    @DisplayName("every task runs to its end: A and C print their done lines, B none, and nothing crashes")
    void everyTaskRunsToItsEnd(Submission submission) {
        TaskRuns.checkLines(submission, SECTION, Observed.section(Section.split(mainRun(submission).out()), SECTION),
                expectedLines(JOBS, TaskRuns.anyResults()));
    }

    @Order(2)
    @Graded(id = "waitsForEveryTask", task = "alter-3", points = Points.ALTER_3_TOTAL)
    @DisplayName("the gather waits for every task: about 3 seconds, not just until B fails")
    void waitsForEveryTask(Submission submission, TestReporter reporter) {
        TaskRuns.judge(submission, reporter, TaskRuns.TO_TOTAL_LINE, mainRun(submission),
                () -> TaskRuns.completedDespiteFailure(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission,
                        FAILURE_MESSAGE, AlterWording.nextKeepExceptionInSlot()),
                run -> List.of(TaskRuns.toTotalLine(run, Observed.section(Section.split(run.out()), SECTION), TOTAL,
                        "the concurrent section, from the first start line to \"" + TOTAL + "\"", 3)),
                AlterWording.hintEveryTaskLate(), AlterWording.nextWaitForEveryTask());
        ChildRun main = mainRun(submission);
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(Section.split(main.out()), SECTION),
                TOTAL);
    }

    @Order(3)
    @Graded(id = "failedSlotHoldsItsException", task = "alter-3", points = Points.ALTER_3_EXCEPTION_IN_SLOT)
    @DisplayName("B's slot holds its exception, the other slots their values, in argument order")
    void failedSlotHoldsItsException(Submission submission) {
        Section section = Observed.section(Section.split(mainRun(submission).out()), SECTION);
        checkResultsLine(submission, section, JOBS, MAIN.label());
        List<Job> drawn = DrawnLists.drawWith(submission.seed(), "alter-3 any list", 4, FAILING);
        Scenario anyList = new Scenario(TASK.className(), "gatherAll", Scenario.Call.ON_LOOP, drawn, null);
        ChildRun hidden = TaskRuns.completedDespiteFailure(submission.run(TASK, anyList,
                drawn.stream().mapToDouble(Job::seconds).max().orElse(0) + 1), submission,
                FAILURE_MESSAGE, AlterWording.nextKeepExceptionInSlot());
        List<String> returned = TaskRuns.returned(hidden);
        List<String> expected = drawn.stream()
                .map(job -> job.name().equals(FAILING) ? "IllegalStateException: " + FAILURE_MESSAGE : job.name() + " result")
                .toList();
        boolean matches = returned.size() == expected.size();
        for (int i = 0; matches && i < expected.size(); i++) {
            matches = drawn.get(i).name().equals(FAILING)
                    ? returned.get(i).endsWith("java.lang." + expected.get(i))
                    : returned.get(i).equals(expected.get(i));
        }
        if (!matches) {
            throw new CheckFailure(AlterWording.slotsOf(anyList.label(), expected, returned));
        }
        checkResultsLine(submission, TaskRuns.whole(hidden), drawn, anyList.label());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ChildRun mainRun(Submission submission) {
        return TaskRuns.completedDespiteFailure(submission.run(TASK, MAIN, MAIN_SECONDS), submission, FAILURE_MESSAGE,
                AlterWording.nextKeepExceptionInSlot());
    }

    /** Start lines, then the done lines of the tasks that succeed, by seconds; the total and the results. */
    private static List<Expected> expectedLines(List<Job> jobs, Expected results) {
        List<Expected> lines = new ArrayList<>();
        jobs.forEach(job -> lines.add(TaskRuns.start(job.name())));
        jobs.stream().filter(job -> !job.name().equals(FAILING))
                .sorted(Comparator.comparingDouble(Job::seconds))
                .forEach(job -> lines.add(TaskRuns.done(job)));
        lines.add(TaskRuns.total(TOTAL, jobs.stream().mapToDouble(Job::seconds).max().orElse(0)));
        lines.add(results);
        return lines;
    }

    private static String pythonResults(List<Job> jobs) {
        return jobs.stream()
                .map(job -> job.name().equals(FAILING) ? "IllegalStateException('" + FAILURE_MESSAGE + "')"
                        : "'" + job.name() + " result'")
                .reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static void checkResultsLine(Submission submission, Section section, List<Job> jobs, String scenario) {
        String expected = "Results: " + pythonResults(jobs);
        Optional<ChildEvent.Line> line = section.lineStartingWith("Results:");
        String printed = line.map(l -> l.text().strip()).orElse("");
        if (!printed.equals(expected)) {
            throw new CheckFailure(AlterWording.printedResults(scenario, expected, printed,
                    line.map(l -> submission.locator().display(l.where())).orElse(""), AlterWording.nextPrintSlots()));
        }
    }
}
