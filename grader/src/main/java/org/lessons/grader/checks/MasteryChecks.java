package org.lessons.grader.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.MasteryWording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.lesson.Points;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.submission.Submission;
import org.lessons.kit.Job;

/**
 * The Mastery task: the learner's {@code predict} against a real concurrent run of the same hidden
 * task lists. Each check compares one view of the lines; together the five views pin the whole
 * output, so passing all of them means the prediction is the real run, line for line.
 *
 * <p>One instance serves every check of a grading, so that they share one seed and one set of runs.
 */
@DisplayName("mastery")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MasteryChecks {

    static final LessonTask TASK = LessonTask.MASTERY;
    static final double PREDICT_SECONDS = 1;

    private static final Pattern START = Pattern.compile("Task (\\S+) starting\\.\\.\\.");
    private static final Pattern DONE = Pattern.compile("Task (\\S+) done after (.+)");


    @Graded(id = "startLinesComeFirstInArgumentOrder", task = "mastery", points = Points.MASTERY_STARTS_FIRST)
    @Order(1)
    @DisplayName("every start line comes first, in argument order")
    void startLinesComeFirstInArgumentOrder(Submission submission, TestReporter reporter) {
        compare(submission, reporter, MasteryWording.masteryStartsFirst(), (jobs, lines) -> {
            List<String> starts = lines.stream().filter(Line::start).map(Line::name).toList();
            int lastStart = lastIndex(lines, Line::start);
            int firstDone = firstIndex(lines, Line::done);
            return "start lines for " + starts + (firstDone >= 0 && firstDone < lastStart
                    ? ", and \"" + lines.get(firstDone).text() + "\" before \"" + lines.get(lastStart).text() + "\""
                    : "");
        });
    }

    @Graded(id = "doneLinesComeShortestFirst", task = "mastery", points = Points.MASTERY_SHORTEST_DONE_FIRST)
    @Order(2)
    @DisplayName("done lines come in order of duration, shortest first")
    void doneLinesComeShortestFirst(Submission submission, TestReporter reporter) {
        compare(submission, reporter, MasteryWording.masteryShortestFirst(), (jobs, lines) -> "done lines by duration "
                + lines.stream().filter(Line::done).map(line -> duration(jobs, line.name())).toList());
    }

    @Graded(id = "equalDurationsFinishInStartOrder", task = "mastery", points = Points.MASTERY_TIES_IN_START_ORDER)
    @Order(3)
    @DisplayName("tasks of equal duration finish in the order they started")
    void equalDurationsFinishInStartOrder(Submission submission, TestReporter reporter) {
        compare(submission, reporter, MasteryWording.masteryTiesInStartOrder(), (jobs, lines) -> {
            Map<String, List<String>> byDuration = new LinkedHashMap<>();
            for (Job job : jobs) {
                if (jobs.stream().filter(other -> other.seconds() == job.seconds()).count() > 1) {
                    byDuration.putIfAbsent(HiddenLists.seconds(job.seconds()) + " s", new ArrayList<>());
                }
            }
            lines.stream().filter(Line::done).forEach(line -> {
                List<String> group = byDuration.get(duration(jobs, line.name()));
                if (group != null) {
                    group.add(line.name());
                }
            });
            return byDuration.isEmpty() ? "no ties" : "equal durations finishing as " + byDuration;
        });
    }

    @Graded(id = "doneLinesSayTheSecondsAsPrinted", task = "mastery", points = Points.MASTERY_DONE_WORDING)
    @Order(4)
    @DisplayName("each done line says the seconds as the program prints them")
    void doneLinesSayTheSecondsAsPrinted(Submission submission, TestReporter reporter) {
        compare(submission, reporter, MasteryWording.masteryDoneWording(), (jobs, lines) -> {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            for (Job job : jobs) {
                texts.put(job.name(), lines.stream().filter(l -> l.done() && l.name().equals(job.name()))
                        .map(Line::text).toList());
            }
            return "done lines " + texts.values().stream().flatMap(List::stream)
                    .map(text -> "\"" + text + "\"").collect(Collectors.joining(", ", "[", "]"))
                    + (texts.values().stream().anyMatch(List::isEmpty) ? " (some task has none)" : "");
        });
    }

    @Graded(id = "predictionHasNoOtherLines", task = "mastery", points = Points.MASTERY_NO_OTHER_LINES)
    @Order(5)
    @DisplayName("one start and one done line per task, and no other line")
    void predictionHasNoOtherLines(Submission submission, TestReporter reporter) {
        compare(submission, reporter, MasteryWording.masteryNoOtherLines(), (jobs, lines) -> {
            List<String> other = lines.stream().filter(line -> !line.start() && !line.done())
                    .map(line -> "\"" + line.text() + "\"").toList();
            Map<String, String> counts = new TreeMap<>();
            lines.stream().filter(line -> line.start() || line.done()).map(Line::name).distinct()
                    .forEach(name -> counts.put(name, count(lines, name, true) + " start, " + count(lines, name, false)
                            + " done"));
            return "task lines " + counts + (other.isEmpty() ? "" : " and other lines " + other);
        });
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** One view of the lines; two line lists agree on a check when their views are equal. */
    @FunctionalInterface
    private interface View {
        String of(List<Job> jobs, List<Line> lines);
    }

    /**
     * A predicted or printed line, parsed.
     *
     * @param text the line without surrounding spaces
     * @param name the task's name, or empty for a line that is not a task line
     * @param start whether it is a start line
     * @param done whether it is a done line
     */
    private record Line(String text, String name, boolean start, boolean done) {
        static Line parse(String raw) {
            String text = raw == null ? "null" : raw.strip();
            Matcher start = START.matcher(text);
            if (start.matches()) {
                return new Line(text, start.group(1), true, false);
            }
            Matcher done = DONE.matcher(text);
            return done.matches() ? new Line(text, done.group(1), false, true) : new Line(text, "", false, false);
        }
    }

    private void compare(Submission submission, TestReporter reporter, String rule, View view) {
        HiddenLists hidden = HiddenLists.of(submission.seed());
        reporter.publishEntry("seed", Long.toString(hidden.seed()));
        reporter.publishEntry("fix the seed with", "-D" + HiddenLists.SEED_PROPERTY + "=" + hidden.seed());
        for (int i = 0; i < hidden.lists().size(); i++) {
            reporter.publishEntry("hidden list " + (i + 1), HiddenLists.describe(hidden.lists().get(i)));
        }
        for (int i = 0; i < hidden.lists().size(); i++) {
            List<Job> jobs = hidden.lists().get(i);
            List<String> predicted = predicted(submission, jobs);
            List<String> real = realRun(submission, jobs);
            String want = view.of(jobs, parse(real));
            String got = view.of(jobs, parse(predicted));
            if (!want.equals(got)) {
                throw new CheckFailure(MasteryWording.predictionWrong(rule, hidden.seed(), i + 1, HiddenLists.describe(jobs),
                        stripped(real), stripped(predicted), "the real run shows " + want + "; your prediction shows " + got,
                        Declarations.of(submission, TASK, "predict")));
            }
        }
    }

    private static List<String> predicted(Submission submission, List<Job> jobs) {
        Scenario scenario = new Scenario(TASK.className(), "predict", Scenario.Call.DIRECT, jobs, null);
        return Observed.completed(submission.run(TASK, scenario, PREDICT_SECONDS), submission)
                .finished().orElseThrow().value();
    }

    /** The grader's own concurrent program run on the kit in a child JVM: the truth. */
    private static List<String> realRun(Submission submission, List<Job> jobs) {
        Scenario scenario = new Scenario(TASK.className(), "concurrent", Scenario.Call.REFERENCE, jobs, null);
        double longest = jobs.stream().mapToDouble(Job::seconds).max().orElse(0);
        ChildRun run = submission.run(TASK, scenario, longest + 1);
        if (!run.returned()) {
            throw new IllegalStateException("the grader's own reference run did not complete: " + run.ending());
        }
        return run.out().stream().map(line -> line.text()).filter(text -> !text.isBlank()).toList();
    }

    private static List<Line> parse(List<String> lines) {
        return lines.stream().map(Line::parse).toList();
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(line -> line == null ? "null" : line.strip()).toList();
    }

    private static String duration(List<Job> jobs, String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst()
                .map(job -> HiddenLists.seconds(job.seconds()) + " s").orElse("unknown task " + name);
    }

    private static long count(List<Line> lines, String name, boolean start) {
        return lines.stream().filter(l -> l.name().equals(name) && (start ? l.start() : l.done())).count();
    }

    private static int firstIndex(List<Line> lines, java.util.function.Predicate<Line> test) {
        return IntStream.range(0, lines.size()).filter(i -> test.test(lines.get(i))).findFirst().orElse(-1);
    }

    private static int lastIndex(List<Line> lines, java.util.function.Predicate<Line> test) {
        return IntStream.range(0, lines.size()).filter(i -> test.test(lines.get(i))).reduce((a, b) -> b).orElse(-1);
    }
}
