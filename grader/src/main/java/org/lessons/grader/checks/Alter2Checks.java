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
import org.lessons.grader.rules.MethodCalls;
import org.lessons.grader.submission.Compilation;
import org.lessons.grader.submission.Submission;
import org.lessons.kit.Job;

/** Alter 2: explicit task handles from createTask, awaited one by one, instead of gather. */
@DisplayName("alter-2")
class Alter2Checks {

    static final LessonTask TASK = LessonTask.ALTER_2;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));
    /**
     * A task list the learner has not seen: completion order differs from argument order, and the
     * longest task (5 s) is far enough from 3 s that a typed-in total shows.
     */
    static final List<Job> HIDDEN = List.of(Job.of("P", 4.5), Job.of("Q", 2), Job.of("R", 5));

    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null);
    static final double MAIN_SECONDS = 3;
    /**
     * The hidden list, run twice on fresh loops: each run prints a header line, so that a total the
     * learner measures from the call itself (before the first start line) can be told from a typed-in one.
     */
    static final Scenario ANY_LIST = new Scenario(TASK.className(), "withCreateTask,withCreateTask",
            Scenario.Call.ON_LOOP, HIDDEN, null);
    static final double ANY_LIST_SECONDS = 10;

    private static final String SECTION = "create_task execution";
    private static final String TOTAL = "create_task total:";
    private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
    private static final String EVENT_LOOP = "org.lessons.kit.EventLoop";

    @Graded(task = "alter-2", points = Points.ALTER_2_LINE_ORDER)
    @DisplayName("the create_task section prints the same lines as gather: done order B, A, C, results in order")
    void linesComeInTheGatherOrder(Submission submission) {
        TaskRuns.checkLines(submission, SECTION, Observed.section(Section.split(mainRun(submission).out()), SECTION),
                TaskRuns.concat(TaskRuns.concurrentLines(JOBS, TaskRuns::done), TaskRuns.total(TOTAL, 3),
                        TaskRuns.results(TaskRuns.pythonList(resultsOf(JOBS)))));
    }

    @Graded(task = "alter-2", points = Points.ALTER_2_TOTAL)
    @DisplayName("the create_task section takes about 3 seconds, as gather does")
    void takesAboutTheLongestTask(Submission submission, TestReporter reporter) {
        TaskRuns.judge(submission, reporter, TaskRuns.TO_TOTAL_LINE, mainRun(submission),
                () -> Observed.completed(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission),
                run -> List.of(TaskRuns.toTotalLine(run, Observed.section(Section.split(run.out()), SECTION), TOTAL,
                        "the create_task section, from the first start line to \"" + TOTAL + "\"", 3)),
                Wording.hintHandlesLate(), Wording.nextWaitForEveryTask());
    }

    @Graded(task = "alter-2", points = Points.ALTER_2_ANY_TASK_LIST)
    @DisplayName("withCreateTask works for any task list: results in argument order, the measured total")
    void worksForAnyTaskList(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        ChildRun hidden = Observed.completed(submission.run(TASK, ANY_LIST, ANY_LIST_SECONDS), submission);
        String label = "Alter2.withCreateTask(" + ANY_LIST.label().substring(ANY_LIST.label().indexOf('['));
        List<String> returned = TaskRuns.returned(hidden);
        for (int i = 0; i < 2; i++) {
            String value = returned.size() > i ? returned.get(i) : "";
            if (!value.equals(resultsOf(HIDDEN).toString())) {
                throw new CheckFailure(Wording.resultOrder(resultsOf(HIDDEN), value, label));
            }
        }
        TaskRuns.printedTotalIsMeasured(submission, reporter, main,
                Observed.section(Section.split(main.out()), SECTION), TOTAL, MAIN.label());
        for (Section section : Section.split(hidden.out())) {
            TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, section, TOTAL, label);
        }
    }

    @Graded(task = "alter-2", points = Points.ALTER_2_TASK_HANDLES)
    @DisplayName("the tasks are made with EventLoop.createTask and awaited one by one, without allOf")
    void awaitsTaskHandlesWithoutAllOf(Submission submission) {
        mainRun(submission);
        Compilation compiled = submission.compiled(TASK);
        boolean createsTasks = !MethodCalls.to(compiled.classes(), EVENT_LOOP, "createTask").isEmpty();
        List<String> allOf = MethodCalls.to(compiled.classes(), COMPLETABLE_FUTURE, "allOf").stream()
                .map(call -> submission.locator().display(call.where())).toList();
        if (!createsTasks || !allOf.isEmpty()) {
            throw new CheckFailure(Wording.taskHandles(createsTasks, allOf, TASK.className()));
        }
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }

    private static List<String> resultsOf(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + " result").toList();
    }
}
