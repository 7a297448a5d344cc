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
import org.lessons.grader.rules.MethodCalls;
import org.lessons.grader.submission.Compilation;
import org.lessons.grader.submission.Submission;
import org.lessons.kit.Job;

/** Alter 2: explicit task handles from createTask, awaited one by one, instead of gather. */
@DisplayName("alter-2")
class Alter2Checks {

    static final LessonTask TASK = LessonTask.ALTER_2;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 3;

    private static final String SECTION = "create_task execution";
    private static final String TOTAL = "create_task total:";
    private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
    private static final String EVENT_LOOP = "org.lessons.kit.EventLoop";

    @Order(1)
    @Graded(id = "linesComeInTheGatherOrder", task = "alter-2", points = Points.ALTER_2_LINE_ORDER)
    @DisplayName("the create_task section prints the same lines as gather: done order B, A, C, results in order")
    void linesComeInTheGatherOrder(Submission submission) {
        TaskRuns.checkLines(submission, SECTION, Observed.section(Section.split(mainRun(submission).out()), SECTION),
                TaskRuns.concat(TaskRuns.concurrentLines(JOBS, TaskRuns::done), TaskRuns.total(TOTAL, 3),
                        TaskRuns.results(TaskRuns.pythonList(resultsOf(JOBS)))));
    }

    @Order(2)
    @Graded(id = "takesAboutTheLongestTask", task = "alter-2", points = Points.ALTER_2_TOTAL)
    @DisplayName("the create_task section takes about 3 seconds, as gather does")
    void takesAboutTheLongestTask(Submission submission, TestReporter reporter) {
        TaskRuns.judge(submission, reporter, TaskRuns.TO_TOTAL_LINE, mainRun(submission),
                () -> Observed.completed(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission),
                run -> List.of(TaskRuns.toTotalLine(run, Observed.section(Section.split(run.out()), SECTION), TOTAL,
                        "the create_task section, from the first start line to \"" + TOTAL + "\"", 3)),
                AlterWording.hintHandlesLate(), AlterWording.nextWaitForEveryTask());
    }

    @Order(3)
    @Graded(id = "worksForAnyTaskList", task = "alter-2", points = Points.ALTER_2_ANY_TASK_LIST)
    @DisplayName("withCreateTask works for any task list: results in argument order, the measured total")
    void worksForAnyTaskList(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        Scenario anyList = anyList(submission);
        List<Job> drawn = anyList.jobs();
        double longest = drawn.stream().mapToDouble(Job::seconds).max().orElse(0);
        ChildRun hidden = Observed.completed(submission.run(TASK, anyList,
                2 * (longest + drawn.size() * TaskRuns.LATENESS) + 2), submission);
        String label = "Alter2.withCreateTask(" + anyList.label().substring(anyList.label().indexOf('['));
        List<String> returned = TaskRuns.returned(hidden);
        for (int i = 0; i < 2; i++) {
            String value = returned.size() > i ? returned.get(i) : "";
            if (!value.equals(resultsOf(drawn).toString())) {
                throw new CheckFailure(Wording.resultOrder(resultsOf(drawn), value, label));
            }
        }
        TaskRuns.printedTotalIsMeasured(submission, reporter, main,
                Observed.section(Section.split(main.out()), SECTION), TOTAL, MAIN.label());
        for (Section section : Section.split(hidden.out())) {
            TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, section, TOTAL, label);
        }
    }

    @Order(4)
    @Graded(id = "awaitsTaskHandlesWithoutAllOf", task = "alter-2", points = Points.ALTER_2_TASK_HANDLES)
    @DisplayName("the tasks are made with EventLoop.createTask and awaited one by one, without allOf or gather")
    void awaitsTaskHandlesWithoutAllOf(Submission submission) {
        Observed.ranThrough(mainRun(submission), submission, JOBS, 1, "task handles awaited one by one");
        Compilation compiled = submission.compiled(TASK);
        boolean createsTasks = !MethodCalls.to(compiled.classes(), EVENT_LOOP, "createTask").isEmpty();
        List<String> allOf = MethodCalls.toAny(compiled.classes(), java.util.Set.of(COMPLETABLE_FUTURE + ".allOf",
                        EVENT_LOOP + ".gather", EVENT_LOOP + ".gatherReturningExceptions", EVENT_LOOP + ".wait")).stream()
                .map(call -> submission.locator().display(call.where())).toList();
        if (!createsTasks || !allOf.isEmpty()) {
            throw new CheckFailure(AlterWording.taskHandles(createsTasks, allOf, TASK.className()));
        }
    }

    /**
     * Three tasks drawn for this grading, run twice on fresh loops, on a clock whose every wait ends late: each run
     * prints a header line, so that a total the learner measures from the call itself (before the first start line)
     * can be told from a typed-in one, and one computed from the durations shows.
     */
    private static Scenario anyList(Submission submission) {
        return new Scenario(TASK.className(), "withCreateTask,withCreateTask", Scenario.Call.ON_LOOP,
                DrawnLists.draw(submission.seed(), "alter-2 any list", 3), null).landingLate(TaskRuns.LATENESS);
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }

    private static List<String> resultsOf(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + " result").toList();
    }
}
