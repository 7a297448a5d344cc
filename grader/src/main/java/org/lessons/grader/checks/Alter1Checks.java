package org.lessons.grader.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.feedback.AlterWording;
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

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 10.5;

    private static final String SEQUENTIAL = "Sequential execution";
    private static final String CONCURRENT = "Concurrent execution";
    private static final String SEQUENTIAL_TOTAL = "Sequential total:";
    private static final String CONCURRENT_TOTAL = "Concurrent total:";

    @Order(1)
    @Graded(id = "linesIncludeTheFourthTask", task = "alter-1", points = Points.ALTER_1_LINE_ORDER)
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

    @Order(2)
    @Graded(id = "sequentialTakesTheSum", task = "alter-1", points = Points.ALTER_1_SEQUENTIAL_TOTAL)
    @DisplayName("the sequential section takes about 7.5 seconds, the sum")
    void sequentialTakesTheSum(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        TaskRuns.explainingOverlap(submission, main, Observed.section(Section.split(main.out()), SEQUENTIAL),
                () -> judge(submission, reporter, SEQUENTIAL, SEQUENTIAL_TOTAL, "the sequential section, from the first"
                        + " start line to \"" + SEQUENTIAL_TOTAL + "\"", 7.5, TaskRuns.TO_TOTAL_LINE,
                        AlterWording.hintFourthTaskSequentialLate()));
    }

    @Order(3)
    @Graded(id = "concurrentTakesTheLongest", task = "alter-1", points = Points.ALTER_1_CONCURRENT_TOTAL)
    @DisplayName("the concurrent section takes about 3 seconds, the longest task")
    void concurrentTakesTheLongest(Submission submission, TestReporter reporter) {
        judge(submission, reporter, CONCURRENT, CONCURRENT_TOTAL, "the concurrent section, from the first start line "
                + "to \"" + CONCURRENT_TOTAL + "\"", 3, TaskRuns.TO_TOTAL_LINE, AlterWording.hintFourthTaskConcurrentLate());
    }

    @Order(4)
    @Graded(id = "worksForAnyTaskList", task = "alter-1", points = Points.ALTER_1_ANY_TASK_LIST)
    @DisplayName("sequential and concurrent work for any task list: lines, measured totals, results in order")
    void worksForAnyTaskList(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        Scenario anyList = anyList(submission);
        List<Job> drawn = anyList.jobs();
        double sum = drawn.stream().mapToDouble(Job::seconds).sum();
        double longest = drawn.stream().mapToDouble(Job::seconds).max().orElse(0);
        ChildRun hidden = Observed.completed(submission.run(TASK, anyList,
                sum + longest + 2 * drawn.size() * TaskRuns.LATENESS + 2), submission);
        List<Section> sections = Section.split(hidden.out());
        Section sequential = Observed.section(sections, "sequential");
        Section concurrent = Observed.section(sections, "concurrent");
        String sequentialName = anyList.label().replace("sequential,concurrent", "sequential");
        String concurrentName = anyList.label().replace("sequential,concurrent", "concurrent");
        TaskRuns.checkLines(submission, sequentialName, sequential,
                TaskRuns.concat(TaskRuns.sequentialLines(drawn), TaskRuns.total(SEQUENTIAL_TOTAL, sum)));
        TaskRuns.checkLines(submission, concurrentName, concurrent,
                TaskRuns.concat(TaskRuns.concurrentLines(drawn, TaskRuns::done), TaskRuns.total(CONCURRENT_TOTAL, longest),
                        TaskRuns.results(TaskRuns.pythonList(resultsOf(drawn)))));
        List<String> value = TaskRuns.returned(hidden);
        String expected = resultsOf(drawn).toString();
        String[] labels = {"Alter1.sequential(" + names(drawn) + ")", "Alter1.concurrent(" + names(drawn) + ")"};
        for (int i = 0; i < labels.length; i++) {
            String returned = value.size() > i ? value.get(i) : "";
            if (!returned.equals(expected)) {
                throw new CheckFailure(Wording.resultOrder(resultsOf(drawn), returned, labels[i]));
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

    /**
     * Sequential, then concurrent, each on its own loop, on four tasks drawn for this grading, on a clock whose every
     * wait ends late: the lines come in the same order, and only measured totals come out right.
     */
    private static Scenario anyList(Submission submission) {
        return new Scenario(TASK.className(), "sequential,concurrent", Scenario.Call.ON_LOOP,
                DrawnLists.draw(submission.seed(), "alter-1 any list", 4), null).landingLate(TaskRuns.LATENESS);
    }

    private static void judge(Submission submission, TestReporter reporter, String section, String label, String what,
                              double nominal, Tolerance tolerance, String hint) {
        TaskRuns.judge(submission, reporter, tolerance, mainRun(submission),
                () -> Observed.completed(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission),
                run -> List.of(TaskRuns.toTotalLine(run, Observed.section(Section.split(run.out()), section), label,
                        what, nominal)),
                hint, AlterWording.nextWaitForEveryTask());
    }

    private static List<String> resultsOf(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + " result").toList();
    }

    private static String names(List<Job> drawn) {
        return drawn.stream().map(job -> job.name() + " " + job.seconds()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
