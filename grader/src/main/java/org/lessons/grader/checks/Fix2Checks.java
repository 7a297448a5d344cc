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
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.submission.Submission;
import org.lessons.kit.Job;

/** Fix 2: each task handles its own error, so one failure does not crash the group. */
@DisplayName("fix-2")
class Fix2Checks {

    static final LessonTask TASK = LessonTask.FIX_2;
    static final String FAILING = "B";
    static final String FAILURE_MESSAGE = "Task B failed";
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 3;

    private static final String SECTION = "Concurrent execution";
    private static final String TOTAL = "Concurrent total:";

    @Order(1)
    @Graded(id = "failingTaskReportsItsError", task = "fix-2", points = Points.FIX_2_ERROR_LINE)
    @DisplayName("B reports its error line as soon as it fails, A and C their done lines, and the group completes")
    void failingTaskReportsItsError(Submission submission) {
        List<Expected> lines = new ArrayList<>();
        JOBS.forEach(job -> lines.add(TaskRuns.start(job.name())));
        JOBS.stream().sorted(Comparator.comparingDouble(Job::seconds))
                .forEach(job -> lines.add(job.name().equals(FAILING) ? errorLine(job) : TaskRuns.done(job)));
        lines.add(TaskRuns.total(TOTAL, 3));
        lines.add(TaskRuns.anyResults());
        TaskRuns.checkLines(submission, SECTION, Observed.section(Section.split(mainRun(submission).out()), SECTION),
                lines);
    }

    @Order(2)
    @Graded(id = "takesAboutTheLongestTask", task = "fix-2", points = Points.FIX_2_TOTAL)
    @DisplayName("the group takes about 3 seconds, the longest task, although B fails")
    void takesAboutTheLongestTask(Submission submission, TestReporter reporter) {
        TaskRuns.judge(submission, reporter, TaskRuns.TO_TOTAL_LINE, mainRun(submission),
                () -> TaskRuns.completedDespiteFailure(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission,
                        FAILURE_MESSAGE, AlterWording.nextHandlePerTask()),
                run -> List.of(TaskRuns.toTotalLine(run, Observed.section(Section.split(run.out()), SECTION), TOTAL,
                        "the concurrent section, from the first start line to \"" + TOTAL + "\"", 3)),
                AlterWording.hintPerTaskErrorLate(), AlterWording.nextWaitForEveryTask());
    }

    @Order(3)
    @Graded(id = "worksForAnyTaskList", task = "fix-2", points = Points.FIX_2_ANY_TASK_LIST)
    @DisplayName("for any task list: B's error line, the others' results in argument order, the measured total")
    void worksForAnyTaskList(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        checkResultsLine(submission, Observed.section(Section.split(main.out()), SECTION), JOBS, MAIN.label());
        Scenario anyList = anyList(submission);
        List<Job> drawn = anyList.jobs();
        double longest = drawn.stream().mapToDouble(Job::seconds).max().orElse(0);
        ChildRun hidden = TaskRuns.completedDespiteFailure(submission.run(TASK, anyList,
                2 * (longest + drawn.size() * TaskRuns.LATENESS) + 2), submission, FAILURE_MESSAGE,
                AlterWording.nextHandlePerTask());
        String label = "Fix2.concurrent(" + anyList.label().substring(anyList.label().indexOf('['));
        List<String> expected = resultsOf(drawn);
        List<String> returned = TaskRuns.returned(hidden);
        for (int i = 0; i < 2; i++) {
            String value = returned.size() > i ? returned.get(i) : "";
            if (!value.equals(expected.toString())) {
                throw new CheckFailure(AlterWording.returnedResults(label, expected, value.isEmpty() ? List.of() : List.of(value),
                        AlterWording.nextPrintResults()));
            }
        }
        List<Section> sections = Section.split(hidden.out());
        for (Section section : sections) {
            String error = errorLine(Job.of(FAILING, 0)).shown();
            if (section.lines().stream().noneMatch(line -> line.text().strip().equals(error))) {
                // The error line with another message (the wrapping CompletionException's, say) shows what to change.
                Optional<ChildEvent.Line> near = section.lineStartingWith(error.substring(0, error.indexOf(':') + 1));
                throw new CheckFailure(AlterWording.missingErrorLine(error, label, near.map(line -> line.text().strip()),
                        near.map(line -> submission.locator().display(line.where())).orElse("")));
            }
            Optional<TaskLine> failingDone = section.taskLines().stream()
                    .filter(line -> line.done() && line.name().equals(FAILING)).findFirst();
            if (failingDone.isPresent()) {
                ChildEvent.Line done = failingDone.get().line();
                throw new CheckFailure(AlterWording.failingTaskDone(FAILING, done.text().strip(), label,
                        submission.locator().display(done.where())));
            }
            checkResultsLine(submission, section, drawn, label);
        }
        TaskRuns.printedTotalIsMeasured(submission, reporter, main,
                Observed.section(Section.split(main.out()), SECTION), TOTAL, MAIN.label());
        for (Section section : sections) {
            TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, section, TOTAL, label);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * Three tasks drawn for this grading, one of them the failing B, run twice on fresh loops (each run has a header
     * line to measure from), on a clock whose every wait ends late, so that a total computed from the durations shows.
     */
    private static Scenario anyList(Submission submission) {
        return new Scenario(TASK.className(), "concurrent,concurrent", Scenario.Call.ON_LOOP,
                DrawnLists.drawWith(submission.seed(), "fix-2 any list", 3, FAILING), null)
                .landingLate(TaskRuns.LATENESS);
    }

    private static ChildRun mainRun(Submission submission) {
        ChildRun run = TaskRuns.completedDespiteFailure(submission.run(TASK, MAIN, MAIN_SECONDS), submission,
                FAILURE_MESSAGE, AlterWording.nextHandlePerTask());
        // A handler on the whole group catches B's error too, but the gather has already ended at it: the program
        // completes, and the other tasks are still running when the loop closes.
        List<String> cutOff = JOBS.stream().map(Job::name).filter(name -> !name.equals(FAILING))
                .filter(name -> Symptoms.taskLines(run).stream().noneMatch(l -> l.done() && l.name().equals(name)))
                .toList();
        Optional<ChildEvent.Line> error = Symptoms.lineStartingWith(run, "Task " + FAILING + " error:");
        if (!cutOff.isEmpty() && error.isPresent() && !Symptoms.warnings(run).isEmpty()) {
            throw new CheckFailure(AlterWording.groupEndedAtFailure(FAILING, cutOff, run.scenario().label(),
                    submission.locator().display(error.get().where())));
        }
        return run;
    }

    private static Expected errorLine(Job job) {
        return Expected.exactly("Task " + job.name() + " error: Task " + job.name() + " failed");
    }

    private static List<String> resultsOf(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + (job.name().equals(FAILING) ? " error" : " result")).toList();
    }

    private static void checkResultsLine(Submission submission, Section section, List<Job> jobs, String scenario) {
        String expected = "Results: " + TaskRuns.pythonList(resultsOf(jobs));
        Optional<ChildEvent.Line> line = section.lineStartingWith("Results:");
        String printed = line.map(l -> l.text().strip()).orElse("");
        if (!printed.equals(expected)) {
            throw new CheckFailure(AlterWording.printedResults(scenario, expected, printed,
                    line.map(l -> submission.locator().display(l.where())).orElse(""), AlterWording.nextPrintResults()));
        }
    }
}
