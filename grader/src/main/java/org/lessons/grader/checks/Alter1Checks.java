package org.lessons.grader.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.order.Section;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Tolerance;
import org.lessons.kit.Job;

/** Alter 1: a fourth task D of 1.5 seconds, run one after another and all at once. */
@DisplayName("alter-1")
class Alter1Checks {

    static final LessonTask TASK = LessonTask.ALTER_1;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3), Job.of("D", 1.5));
    /**
     * A task list the learner has not seen: fractions, another order, and a sum (9.5 s) and longest
     * task (4.5 s) far enough from 7.5 s and 3 s that typed-in totals show.
     */
    static final List<Job> HIDDEN = List.of(Job.of("P", 0.5), Job.of("Q", 4.5), Job.of("R", 1.5), Job.of("S", 3));

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 10.5;
    static final Scenario ANY_LIST = new Scenario(TASK.className(), "sequential,concurrent", Scenario.Call.ON_LOOP,
            HIDDEN, null);
    static final double ANY_LIST_SECONDS = 14;

    private static final String SEQUENTIAL = "Sequential execution";
    private static final String CONCURRENT = "Concurrent execution";
    private static final String SEQUENTIAL_TOTAL = "Sequential total:";
    private static final String CONCURRENT_TOTAL = "Concurrent total:";

    @Graded(task = "alter-1", points = Points.ALTER_1_LINE_ORDER)
    @DisplayName("both sections print D's lines in their place: done order B, D, A, C")
    void linesIncludeTheFourthTask(Submission submission) {
        linesOf(submission, mainRun(submission));
    }

    private static void linesOf(Submission submission, ChildRun run) {
        List<Section> sections = Section.split(run.out());
        TaskRuns.checkLines(submission, SEQUENTIAL, Observed.section(sections, SEQUENTIAL),
                TaskRuns.concat(TaskRuns.sequentialLines(JOBS), TaskRuns.total(SEQUENTIAL_TOTAL, 7.5)));
        TaskRuns.checkLines(submission, CONCURRENT, Observed.section(sections, CONCURRENT),
                TaskRuns.concat(TaskRuns.concurrentLines(JOBS, TaskRuns::done), TaskRuns.total(CONCURRENT_TOTAL, 3),
                        TaskRuns.results(TaskRuns.pythonList(resultsOf(JOBS)))));
    }

    @Graded(task = "alter-1", points = Points.ALTER_1_SEQUENTIAL_TOTAL)
    @DisplayName("the sequential section takes about 7.5 seconds, the sum")
    void sequentialTakesTheSum(Submission submission, TestReporter reporter) {
        judge(submission, reporter, SEQUENTIAL, SEQUENTIAL_TOTAL, "the sequential section, from the first start line "
                + "to \"" + SEQUENTIAL_TOTAL + "\"", 7.5, TaskRuns.TO_TOTAL_LINE, Wording.hintFourthTaskSequentialLate());
    }

    @Graded(task = "alter-1", points = Points.ALTER_1_CONCURRENT_TOTAL)
    @DisplayName("the concurrent section takes about 3 seconds, the longest task")
    void concurrentTakesTheLongest(Submission submission, TestReporter reporter) {
        judge(submission, reporter, CONCURRENT, CONCURRENT_TOTAL, "the concurrent section, from the first start line "
                + "to \"" + CONCURRENT_TOTAL + "\"", 3, TaskRuns.TO_TOTAL_LINE, Wording.hintFourthTaskConcurrentLate());
    }

    @Graded(task = "alter-1", points = Points.ALTER_1_ANY_TASK_LIST)
    @DisplayName("sequential and concurrent work for any task list: lines, measured totals, results in order")
    void worksForAnyTaskList(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        ChildRun hidden = Observed.completed(submission.run(TASK, ANY_LIST, ANY_LIST_SECONDS), submission);
        List<Section> sections = Section.split(hidden.out());
        Section sequential = Observed.section(sections, "sequential");
        Section concurrent = Observed.section(sections, "concurrent");
        String sequentialName = ANY_LIST.label().replace("sequential,concurrent", "sequential");
        String concurrentName = ANY_LIST.label().replace("sequential,concurrent", "concurrent");
        TaskRuns.checkLines(submission, sequentialName, sequential,
                TaskRuns.concat(TaskRuns.sequentialLines(HIDDEN), TaskRuns.total(SEQUENTIAL_TOTAL, 9.5)));
        TaskRuns.checkLines(submission, concurrentName, concurrent,
                TaskRuns.concat(TaskRuns.concurrentLines(HIDDEN, TaskRuns::done), TaskRuns.total(CONCURRENT_TOTAL, 4.5),
                        TaskRuns.results(TaskRuns.pythonList(resultsOf(HIDDEN)))));
        List<String> value = TaskRuns.returned(hidden);
        String expected = resultsOf(HIDDEN).toString();
        String[] labels = {"Alter1.sequential(" + names() + ")", "Alter1.concurrent(" + names() + ")"};
        for (int i = 0; i < labels.length; i++) {
            String returned = value.size() > i ? value.get(i) : "";
            if (!returned.equals(expected)) {
                throw new CheckFailure(Wording.resultOrder(resultsOf(HIDDEN), returned, labels[i]));
            }
        }
        List<Section> mainSections = Section.split(main.out());
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(mainSections, SEQUENTIAL),
                SEQUENTIAL_TOTAL, MAIN.label());
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(mainSections, CONCURRENT),
                CONCURRENT_TOTAL, MAIN.label());
        TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, sequential, SEQUENTIAL_TOTAL, sequentialName);
        TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, concurrent, CONCURRENT_TOTAL, concurrentName);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }

    private static ChildRun freshMainRun(Submission submission) {
        return Observed.completed(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission);
    }

    private static void judge(Submission submission, TestReporter reporter, String section, String label, String what,
                              double nominal, Tolerance tolerance, String hint) {
        TaskRuns.judge(submission, reporter, tolerance, mainRun(submission),
                () -> Observed.completed(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission),
                run -> List.of(TaskRuns.toTotalLine(run, Observed.section(Section.split(run.out()), section), label,
                        what, nominal)),
                hint, Wording.nextWaitForEveryTask());
    }

    private static List<String> resultsOf(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + " result").toList();
    }

    private static String names() {
        return HIDDEN.stream().map(job -> job.name() + " " + job.seconds()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
