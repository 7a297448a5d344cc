package org.lessons.grader.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.order.ExpectedLines.Expected;
import org.lessons.grader.order.Section;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.Tolerance;
import org.lessons.grader.timing.TimingJudge;
import org.lessons.kit.Job;

import static org.lessons.grader.order.ExpectedLines.Expected.taskDone;
import static org.lessons.grader.order.ExpectedLines.Expected.taskStart;

/** The Run task: the original program's three sections. */
@DisplayName("run")
class RunChecks {

    static final LessonTask TASK = LessonTask.RUN;
    static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));
    static final Scenario MAIN = new Scenario(TASK.className(), "main", Scenario.Call.MAIN, null, null)
            .recordingBlocking();
    static final double MAIN_SECONDS = 12;


    private static final String SEQUENTIAL = "Sequential execution";
    private static final String CONCURRENT = "Concurrent execution";
    private static final String CREATE_TASK = "create_task execution";
    private static final String TOTAL = "~\\d+(\\.\\d+)? seconds?";

    private final TimingJudge judge = new TimingJudge(Tolerance.DEFAULT);

    @Order(1)
    @Graded(id = "linesComeInTheOriginalOrder", task = "run", points = Points.RUN_LINE_ORDER)
    @DisplayName("each section prints its lines in the original's order")
    void linesComeInTheOriginalOrder(Submission submission) {
        List<Section> sections = Section.split(mainRun(submission).out());
        TaskRuns.checkLines(submission, SEQUENTIAL, Observed.section(sections, SEQUENTIAL), List.of(
                taskStart("A"), taskDone("A", "2 seconds"), taskStart("B"),
                taskDone("B", "1 second"), taskStart("C"), taskDone("C", "3 seconds"),
                Expected.matching("Sequential total: ~6 seconds", "Sequential total: " + TOTAL)));
        TaskRuns.checkLines(submission, CONCURRENT, Observed.section(sections, CONCURRENT), List.of(
                taskStart("A"), taskStart("B"), taskStart("C"),
                taskDone("B", "1 second"), taskDone("A", "2 seconds"), taskDone("C", "3 seconds"),
                Expected.matching("Concurrent total: ~3 seconds", "Concurrent total: " + TOTAL),
                Expected.exactly("Results: ['A result', 'B result', 'C result']")));
        TaskRuns.checkLines(submission, CREATE_TASK, Observed.section(sections, CREATE_TASK), List.of(
                taskStart("A"), taskStart("B"), taskStart("C"),
                taskDone("B", "1 second"), taskDone("A", "2 seconds"), taskDone("C", "3 seconds"),
                Expected.matching("create_task total: ~3 seconds", "create_task total: " + TOTAL)));
    }

    @Order(2)
    @Graded(id = "doneLinesComeAtTheirNominalOffsets", task = "run", points = Points.RUN_DONE_OFFSETS)
    @DisplayName("each done line comes its task's seconds after its start line")
    void doneLinesComeAtTheirNominalOffsets(Submission submission, TestReporter reporter) {
        judgeTiming(submission, reporter, run -> {
            List<Section> sections = Section.split(run.out());
            List<Bound> bounds = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String name : List.of(SEQUENTIAL, CONCURRENT, CREATE_TASK)) {
                Section section = Observed.section(sections, name);
                List<Bound> offsets = Observed.doneOffsets(section, JOBS, run.lessonSecondNanos());
                if (offsets.size() < JOBS.size()) {
                    missing.add(name);
                }
                bounds.addAll(offsets);
            }
            if (!missing.isEmpty()) {
                // The program completed (the run is judged only then): these sections ended before their tasks did.
                throw new CheckFailure(Wording.sectionsEndedBeforeTheirTasks(missing));
            }
            return bounds;
        }, Wording.hintDoneLate());
    }

    @Order(3)
    @Graded(id = "sequentialTakesTheSum", task = "run", points = Points.RUN_SEQUENTIAL_TOTAL)
    @DisplayName("the sequential section takes about the sum of the tasks")
    void sequentialTakesTheSum(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        TaskRuns.explainingOverlap(submission, main, Observed.section(Section.split(main.out()), SEQUENTIAL),
                () -> judgeTiming(submission, reporter, run -> List.of(span(run, SEQUENTIAL, "the sequential section", 6)),
                        Wording.hintSequentialLate()));
    }

    @Order(4)
    @Graded(id = "concurrentTakesTheLongest", task = "run", points = Points.RUN_CONCURRENT_TOTAL)
    @DisplayName("the concurrent and create_task sections take about the longest task")
    void concurrentTakesTheLongest(Submission submission, TestReporter reporter) {
        judgeTiming(submission, reporter, run -> List.of(
                span(run, CONCURRENT, "the concurrent section", 3),
                span(run, CREATE_TASK, "the create_task section", 3)), Wording.hintConcurrentLate());
    }

    @Order(5)
    @Graded(id = "printedTotalsAreMeasured", task = "run", points = Points.RUN_PRINTED_TOTALS)
    @DisplayName("the printed totals are the measured ones")
    void printedTotalsAreMeasured(Submission submission, TestReporter reporter) {
        ChildRun main = mainRun(submission);
        List<Section> mainSections = Section.split(main.out());
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(mainSections, SEQUENTIAL), "Sequential total:");
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(mainSections, CONCURRENT), "Concurrent total:");
        TaskRuns.printedTotalIsMeasured(submission, reporter, main, Observed.section(mainSections, CREATE_TASK), "create_task total:");
        for (Scenario scenario : List.of(sections(submission), sections(submission).landingLate(TaskRuns.LATENESS))) {
            ChildRun hidden = Observed.completed(submission.run(TASK, scenario, sectionsSeconds(scenario)), submission);
            List<Section> hiddenSections = Section.split(hidden.out());
            TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, Observed.section(hiddenSections, "sequential"), "Sequential total:");
            TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, Observed.section(hiddenSections, "concurrent"), "Concurrent total:");
            TaskRuns.printedTotalIsMeasured(submission, reporter, hidden, Observed.section(hiddenSections, "withCreateTask"),
                    "create_task total:");
        }
    }

    @Order(6)
    @Graded(id = "resultsComeInArgumentOrder", task = "run", points = Points.RUN_RESULT_ORDER)
    @DisplayName("gathered results come in argument order, not completion order")
    void resultsComeInArgumentOrder(Submission submission) {
        Scenario scenario = sections(submission);
        ChildRun hidden = Observed.completed(submission.run(TASK, scenario, sectionsSeconds(scenario)), submission);
        List<Job> drawn = scenario.jobs();
        List<String> expected = drawn.stream().map(job -> job.name() + " result").toList();
        List<String> value = hidden.finished().orElseThrow().value();
        String[] labels = {"Run.concurrent(" + names(drawn) + ")", "Run.withCreateTask(" + names(drawn) + ")"};
        for (int i = 1; i <= 2; i++) {
            String returned = value.size() > i ? value.get(i) : "";
            if (!returned.equals(expected.toString())) {
                throw new CheckFailure(Wording.resultOrder(expected, returned, labels[i - 1]));
            }
        }
        Section concurrent = Observed.section(Section.split(mainRun(submission).out()), CONCURRENT);
        String printed = concurrent.lineStartingWith("Results:").map(l -> l.text().strip()).orElse("");
        if (!printed.equals("Results: ['A result', 'B result', 'C result']")) {
            throw new CheckFailure(Wording.resultOrder(List.of("A result", "B result", "C result"), printed,
                    "the printed Results line"));
        }
    }

    @Order(7)
    @Graded(id = "taskLinesRunOnTheLoop", task = "run", points = Points.RUN_ON_LOOP_THREAD)
    @DisplayName("every task line is printed on the event loop thread")
    void taskLinesRunOnTheLoop(Submission submission) {
        ChildRun main = mainRun(submission);
        List<ChildEvent.Line> lines = Observed.taskLines(main);
        if (lines.size() < 18) {
            throw new CheckFailure(Wording.notRunYet("18 task lines from main"));
        }
        lines.stream().filter(line -> !line.onLoop()).findFirst().ifPresent(line -> {
            throw new CheckFailure(Wording.offLoop(line, submission.locator()));
        });
    }

    @Order(8)
    @Graded(id = "noBlockingCallInTheCode", task = "run", points = Points.RUN_NO_BLOCKING_STATIC)
    @DisplayName("no blocking call in the code (static rule)")
    void noBlockingCallInTheCode(Submission submission) {
        Observed.ranThrough(mainRun(submission), submission, JOBS, 3, "no blocking call in the code");
        Observed.requireNoBlockingCall(submission, TASK);
    }

    @Order(9)
    @Graded(id = "loopNeverBlocksAtRuntime", task = "run", points = Points.RUN_NO_BLOCKING_RUNTIME)
    @DisplayName("the loop thread is never blocked while it runs (runtime detector)")
    void loopNeverBlocksAtRuntime(Submission submission) {
        Observed.requireLoopNeverBlocked(Observed.ranThrough(mainRun(submission), submission, JOBS, 3,
                "the loop thread never blocked"), submission);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The three sections on a list drawn for this grading, each on a fresh loop. */
    static Scenario sections(Submission submission) {
        return new Scenario(TASK.className(), "sequential,concurrent,withCreateTask", Scenario.Call.ON_LOOP,
                DrawnLists.draw(submission.seed(), "run sections", 3), null);
    }

    /** The lesson seconds a correct run of {@code scenario} needs at most. */
    private static double sectionsSeconds(Scenario scenario) {
        double sum = scenario.jobs().stream().mapToDouble(Job::seconds).sum();
        double longest = scenario.jobs().stream().mapToDouble(Job::seconds).max().orElse(0);
        return sum + 2 * longest + 3 * scenario.jobs().size() * scenario.lateness() + 1;
    }

    private static ChildRun mainRun(Submission submission) {
        return Observed.completed(submission.run(TASK, MAIN, MAIN_SECONDS), submission);
    }

    private void judgeTiming(Submission submission, TestReporter reporter,
                             java.util.function.Function<ChildRun, List<Bound>> measure, String hint) {
        Timings.judge(judge, submission, reporter, mainRun(submission),
                () -> Observed.completed(submission.runFresh(TASK, MAIN, MAIN_SECONDS), submission), measure, hint,
                Optional.empty());
    }

    private static Bound span(ChildRun run, String section, String what, double nominal) {
        return Observed.span(Observed.section(Section.split(run.out()), section), what, nominal, run.lessonSecondNanos())
                .orElseThrow(() -> new CheckFailure(Wording.notRunYet("start and done lines in the " + section + " section")));
    }


    private static String names(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + " " + job.seconds()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
