package org.lessons.grader.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.feedback.AlterWording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.ExpectedLines;
import org.lessons.grader.order.ExpectedLines.Expected;
import org.lessons.grader.order.Section;
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.TimingJudge;
import org.lessons.grader.timing.Tolerance;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/**
 * Shared questions of the alter-1, alter-2, alter-3 and fix-2 checks: the lines a section must print
 * for a task list, section totals measured up to the printed total line, and printed totals
 * compared with the measured ones.
 */
final class TaskRuns {

    /**
     * The tolerance of a span up to a section's total line: 0.4 lesson seconds, at least 40 ms.
     * Beyond the waits themselves such a span holds the gather's own completion work, the first
     * exception (alter-3, fix-2) and, in a sequential section, the callbacks of every chained wait;
     * the wrong programs it must catch are half a lesson second or more over.
     */
    static final Tolerance TO_TOTAL_LINE = new Tolerance(0.4, 40_000_000L);

    /**
     * How late every wait ends on the clock of a run that checks printed totals, in lesson seconds: far enough past
     * the durations that a total computed from them (their sum, their maximum) cannot pass for a measured one.
     */
    static final double LATENESS = 1.0;

    private static final Pattern PRINTED_TOTAL = Pattern.compile("~?\\s*(\\d+(?:\\.\\d+)?)");

    private TaskRuns() {
    }

    static Expected start(String name) {
        return Expected.exactly("Task " + name + " starting...");
    }

    static Expected done(Job job) {
        return Expected.exactly("Task " + job.name() + " done after " + LessonTime.describe(job.seconds()));
    }

    /** A total line such as "Concurrent total: ~3 seconds"; any measured number matches. */
    static Expected total(String label, double nominal) {
        return Expected.matching(label + " ~" + LessonTime.describe(nominal),
                Pattern.quote(label) + " ~?\\d+(\\.\\d+)? seconds?");
    }

    /** The "Results: [...]" line, exactly. */
    static Expected results(String pythonList) {
        return Expected.exactly("Results: " + pythonList);
    }

    /** Any "Results: [...]" line. */
    static Expected anyResults() {
        return Expected.matching("Results: [...]", "Results: \\[.*\\]");
    }

    /**
     * Runs a check of a section whose tasks must run one after another; if it fails and the section's tasks
     * overlapped, the failure says so at the line that started the task too soon, which is why it failed.
     */
    static void explainingOverlap(Submission submission, ChildRun run, Section section, Runnable check) {
        try {
            check.run();
        } catch (CheckFailure failure) {
            Optional<Section.Overlap> overlap = section.firstOverlap();
            if (overlap.isEmpty()) {
                throw failure;
            }
            throw new CheckFailure(Wording.overlapped(failure.feedback(), overlap.get(), run.lessonSecondNanos(),
                    submission.locator()));
        }
    }

    /** Start and done lines of jobs run one after another. */
    static List<Expected> sequentialLines(List<Job> jobs) {
        List<Expected> lines = new ArrayList<>();
        for (Job job : jobs) {
            lines.add(start(job.name()));
            lines.add(done(job));
        }
        return lines;
    }

    /**
     * Start lines in argument order, then one end line per job in the order the kit's timers fire
     * (by seconds; ties in start order); {@code ending} gives each job's end line.
     */
    static List<Expected> concurrentLines(List<Job> jobs, Function<Job, Expected> ending) {
        List<Expected> lines = new ArrayList<>();
        jobs.forEach(job -> lines.add(start(job.name())));
        jobs.stream().sorted(Comparator.comparingDouble(Job::seconds)).forEach(job -> lines.add(ending.apply(job)));
        return lines;
    }

    static List<Expected> concat(List<Expected> first, Expected... more) {
        List<Expected> lines = new ArrayList<>(first);
        lines.addAll(List.of(more));
        return lines;
    }

    /** The one line-order check: fails with the learner-worded mismatch when a section's lines are not the expected ones. */
    static void checkLines(Submission submission, String name, Section section, List<Expected> expected) {
        checkLines(submission, name, section, expected, Optional.empty());
    }

    /** Like the other {@code checkLines}, with the task's own advice on what to try next when given. */
    static void checkLines(Submission submission, String name, Section section, List<Expected> expected,
                           Optional<String> next) {
        new ExpectedLines(expected).firstMismatch(section.lines()).ifPresent(mismatch -> {
            Feedback order = Wording.lineOrder(name, mismatch, submission.locator());
            // A line that is none of the section's is said as such, whatever the task would advise.
            throw new CheckFailure(next.filter(hint -> !mismatch.foreign())
                    .map(hint -> new Feedback(order.expected(), order.measured(), order.where(), hint)).orElse(order));
        });
    }

    static String pythonList(List<String> items) {
        return items.stream().map(item -> "'" + item + "'").reduce((a, b) -> a + ", " + b)
                .map(s -> "[" + s + "]").orElse("[]");
    }

    /** From the section's first start line to its total line: what the learner's total should measure. */
    static Bound toTotalLine(ChildRun run, Section section, String label, String what, double nominal) {
        Optional<TaskLine> first = section.taskLines().stream().filter(l -> !l.done()).findFirst();
        Optional<ChildEvent.Line> total = section.lineStartingWith(label);
        if (first.isEmpty() || total.isEmpty()) {
            throw new CheckFailure(Wording.notRunYet("a start line and a \"" + label + "\" line in the "
                    + section.header() + " section"));
        }
        return new Bound(what, nominal, total.get().nanos() - first.get().nanos(), run.lessonSecondNanos(),
                total.get().where());
    }

    /**
     * Judges bounds on a run and on fresh runs when late; an early bound fails with {@code earlyNext},
     * a late one with {@code lateHint}; an unjudgeable one is inconclusive.
     */
    static void judge(Submission submission, TestReporter reporter, Tolerance tolerance, ChildRun first,
                      Supplier<ChildRun> fresh, Function<ChildRun, List<Bound>> measure, String lateHint,
                      String earlyNext) {
        Timings.judge(new TimingJudge(tolerance), submission, reporter, first, fresh, measure, lateHint,
                Optional.of(bound -> AlterWording.totalTooEarly(bound, submission.locator(), earlyNext)));
    }

    /**
     * The printed total of a section against what was measured: at least the span from the first
     * start line to the total line, at most the span from the section header to it (the learner's
     * clock may start before the first task prints), each with half a second for rounding.
     */
    static void printedTotalIsMeasured(Submission submission, TestReporter reporter, ChildRun run, Section section,
                                       String label) {
        printedTotalIsMeasured(submission, reporter, run, section, label, run.scenario().label());
    }

    /** Like the other {@code printedTotalIsMeasured}, naming the scenario as {@code scenario} (one call of several). */
    static void printedTotalIsMeasured(Submission submission, TestReporter reporter, ChildRun run, Section section,
                                       String label, String scenario) {
        ChildEvent.Line line = section.lineStartingWith(label)
                .orElseThrow(() -> new CheckFailure(Wording.missingTotal(label, scenario)));
        Optional<TaskLine> first = section.taskLines().stream().filter(l -> !l.done()).findFirst();
        if (first.isEmpty()) {
            throw new CheckFailure(Wording.notRunYet("task lines before \"" + label + "\""));
        }
        long headerNanos = run.out().stream()
                .filter(l -> l.text().strip().equals("--- " + section.header() + " ---"))
                .map(ChildEvent.Line::nanos).filter(n -> n <= first.get().nanos()).reduce((a, b) -> b)
                .orElse(first.get().nanos());
        double fromStart = run.lessonSeconds(line.nanos() - first.get().nanos());
        double fromHeader = run.lessonSeconds(line.nanos() - headerNanos);
        String text = line.text().strip();
        Matcher number = PRINTED_TOTAL.matcher(text.substring(label.length()).strip());
        double slack = Tolerance.DEFAULT.slackSeconds(run.lessonSecondNanos());
        reporter.publishEntry(label + " " + section.header() + " (" + scenario + ")",
                "printed " + text + ", measured " + Wording.seconds(fromStart) + ".." + Wording.seconds(fromHeader));
        if (!number.lookingAt()) {
            throw new CheckFailure(Wording.printedTotal(label, text, fromStart, fromHeader,
                    scenario, submission.locator().display(line.where())));
        }
        double printed = Double.parseDouble(number.group(1));
        if (printed < fromStart - 0.5 - slack || printed > fromHeader + 0.5 + slack) {
            throw new CheckFailure(Wording.printedTotal(label, text, fromStart, fromHeader,
                    scenario, submission.locator().display(line.where())));
        }
    }

    /** Everything a run printed to standard output, as one section without a header. */
    static Section whole(ChildRun run) {
        return new Section("", run.out().stream().filter(line -> !line.text().isBlank()).toList());
    }

    /** The returned value's strings of a run whose call completed. */
    static List<String> returned(ChildRun run) {
        return run.finished().map(ChildEvent.Finished::value).orElse(List.of());
    }

    /**
     * The run, if it completed; when the failing task's exception ended the whole group, a failure
     * that says so, with {@code next}; otherwise why it did not complete.
     */
    static ChildRun completedDespiteFailure(ChildRun run, Submission submission, String failingMessage, String next) {
        if (run.thrown().filter(thrown -> thrown.message().contains(failingMessage)).isPresent()) {
            throw new CheckFailure(AlterWording.groupCrashed(run, submission.locator(), next));
        }
        return Observed.completed(run, submission);
    }
}
