package org.lessons.grader.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.grader.submission.SourceLocator;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.ExpectedLines;
import org.lessons.grader.order.Section;
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.rules.FoundCall;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.Tolerance;

/**
 * The sentences that several tasks share: output order, timing bounds, printed totals and results, threads and
 * blocking, and how numbers are written. A task's own sentences sit in its task's wording class.
 */
public final class Wording {

    private Wording() {
    }

    // --- output order -------------------------------------------------------------------------------

    public static Feedback lineOrder(String section, ExpectedLines.Mismatch mismatch, SourceLocator locator) {
        String expected = mismatch.expected().map(e -> "\"" + e.shown() + "\"").orElse("no more lines");
        String printed = mismatch.printed().map(l -> "\"" + l.text().strip() + "\"").orElse("nothing more");
        String where = mismatch.printed().map(l -> locator.display(l.where())).orElse("");
        Optional<String> earlyStart = mismatch.printed().flatMap(TaskLine::parse)
                .filter(line -> !line.done() && !line.line().caller().isEmpty()
                        && section.toLowerCase(Locale.ROOT).contains("sequential")
                        && mismatch.expected().map(e -> !e.shown().contains("starting")).orElse(false))
                .map(line -> line.name());
        if (earlyStart.isPresent()) {
            // A task started where the one before it should have finished: the cause is the call that started it.
            return new Feedback("line " + mismatch.index() + " of the " + section + " section to be " + expected,
                    "it was " + printed + ": task " + earlyStart.get() + " started before the line expected here",
                    locator.display(mismatch.printed().get().caller()), nextStartAfterThePrevious());
        }
        if (mismatch.foreign()) {
            return new Feedback("line " + mismatch.index() + " of the " + section + " section to be " + expected,
                    "it was " + printed + ", which is none of the section's lines", where,
                    "Print only the lesson's lines: remove this one (debugging output included), or print it to"
                            + " System.err, which the line checks do not read.");
        }
        return new Feedback("line " + mismatch.index() + " of the " + section + " section to be " + expected,
                "it was " + printed, where, mismatch.printed().isEmpty()
                        ? "The section stopped early: check that every task is started and awaited."
                        : nextForLineInPlaceOfAnother(section, mismatch));
    }

    /** What to try when one of the section's lines came where another was expected. */
    private static String nextForLineInPlaceOfAnother(String section, ExpectedLines.Mismatch mismatch) {
        Optional<TaskLine> printed = mismatch.printed().flatMap(TaskLine::parse);
        Optional<TaskLine.Shape> wanted = mismatch.expected().flatMap(e -> TaskLine.Shape.of(e.shown()));
        boolean printedTotal = mismatch.printed().map(l -> l.text().contains(" total:")).orElse(false);
        if (printedTotal && wanted.isPresent()) {
            return "Print the total only once every task of the section is done: in thenApply of the gather (or of"
                    + " the chain's last task), not right after starting them.";
        }
        if (printed.map(TaskLine::done).orElse(false) && wanted.map(line -> !line.done()).orElse(false)
                && !section.toLowerCase(Locale.ROOT).contains("sequential")) {
            return "A task finished before task " + wanted.get().name() + " started: start every task of the section"
                    + " before waiting for any (create them all, then gather them).";
        }
        return "Compare your section with the expected output in exercises/README.md.";
    }

    /**
     * A failed check of a section whose tasks must run one after another, where one task started while another ran:
     * the same expected and measured, said at the line that started it, with what to change.
     */
    public static Feedback overlapped(Feedback failed, Section.Overlap overlap, long lessonSecondNanos,
                                      SourceLocator locator) {
        ChildEvent.Line start = overlap.started().line();
        String cause = start.caller().isEmpty() ? start.where() : start.caller();
        long origin = overlap.running().nanos();
        String running = overlap.running().name();
        return new Feedback(failed.expected(), "task " + overlap.started().name() + " started "
                + seconds((start.nanos() - origin) / (double) lessonSecondNanos) + " lesson seconds after task "
                + running + overlap.runningDone().map(done -> ", which was done only at "
                        + seconds((done.nanos() - origin) / (double) lessonSecondNanos)).orElse(", which never finished")
                + ": the tasks overlapped", locator.display(cause), nextStartAfterThePrevious());
    }

    private static String nextStartAfterThePrevious() {
        return "Start each task only when the one before it is done: call doTask for the next job inside thenCompose"
                + " of the previous task's future. Calling doTask for every job first (in a loop or a stream) starts"
                + " them all at once.";
    }

    public static Feedback missingSection(String section) {
        return new Feedback("a \"--- " + section + " ---\" section", "no such section was printed", "",
                "Keep the section headers that main prints.");
    }

    // --- timing ----------------------------------------------------------------------------------------

    public static Feedback early(Bound bound, SourceLocator locator) {
        return new Feedback(bound.what() + ": at least " + seconds(bound.nominalSeconds()) + " lesson seconds",
                seconds(bound.measuredSeconds()) + " lesson seconds: too early, so it did not really wait",
                locator.display(bound.where()),
                "Print the done line only after EventLoop.sleep(...) has completed: inside thenApply/thenRun.");
    }

    public static Feedback late(Bound bound, int attempts, Tolerance tolerance, SourceLocator locator, String hint) {
        return new Feedback(bound.what() + ": about " + seconds(bound.nominalSeconds()) + " lesson seconds (at most "
                        + seconds(bound.nominalSeconds() + tolerance.slackSeconds(bound.lessonSecondNanos())) + ")",
                seconds(bound.measuredSeconds()) + " lesson seconds" + (attempts > 1 ? ", on each of " + attempts + " runs" : ""),
                locator.display(bound.where()), hint);
    }

    public static Feedback unsure(Bound bound, int attempts, long machineLatenessNanos, SourceLocator locator) {
        return new Feedback(bound.what() + ": about " + seconds(bound.nominalSeconds()) + " lesson seconds",
                seconds(bound.measuredSeconds()) + " lesson seconds, but the machine itself was up to "
                        + (machineLatenessNanos / 1_000_000) + " ms late waking threads on each of " + attempts + " runs",
                locator.display(bound.where()),
                "Could not judge: grade again (on a quieter machine). A check earns its points only with a verdict.");
    }

    public static String hintSequentialLate() {
        return "Something in the chain waits longer than the tasks themselves: look for a blocking call.";
    }

    public static String hintConcurrentLate() {
        return "Start every task before waiting for any of them (collect the futures, then allOf).";
    }

    public static String hintDoneLate() {
        return "Something blocks the loop while the task waits: use EventLoop.sleep, never Thread.sleep.";
    }

    // --- printed totals, results, threads -------------------------------------------------------------

    /**
     * A printed total that is not the measured one.
     *
     * @param fromStart lesson seconds from the section's first start line to the total line
     * @param fromHeader lesson seconds from the section's header to the total line: the learner's clock may start there
     */
    public static Feedback printedTotal(String label, String printedLine, double fromStart, double fromHeader,
                                        String scenario, String where) {
        String measured = Math.abs(fromHeader - fromStart) < 0.05 ? "about " + seconds(fromStart)
                : "between " + seconds(fromStart) + " and " + seconds(fromHeader);
        return new Feedback("\"" + label + "\" in " + scenario + " to show the measured total, " + measured
                        + " lesson seconds", "\"" + printedLine + "\"", where,
                "Measure the total with EventLoop.time() before and after, and print that number; never a constant"
                        + " nor one computed from the durations (a slow machine makes every wait end late).");
    }

    public static Feedback missingTotal(String label, String scenario) {
        return new Feedback("a line starting with \"" + label + "\" from " + scenario, "no such line", "",
                "Print the total after the tasks have finished.");
    }

    public static Feedback resultOrder(List<String> expected, String returned, String scenario) {
        return new Feedback(scenario + " to complete with " + expected + " (argument order)",
                returned.isEmpty() ? "no results" : returned, "",
                "Collect results from the futures in the order you started them, not in the order they finish.");
    }

    public static Feedback offLoop(ChildEvent.Line line, SourceLocator locator) {
        return new Feedback("every task line printed on the \"event-loop\" thread",
                "\"" + line.text().strip() + "\" was printed on thread \"" + line.thread() + "\"",
                locator.display(line.where()),
                "Don't hand task code to another pool (runAsync, supplyAsync, new Thread): let the loop run it.");
    }

    public static Feedback blockingInCode(List<FoundCall> calls, SourceLocator locator) {
        FoundCall first = calls.get(0);
        String others = calls.size() > 1 ? " (and " + (calls.size() - 1) + " more: "
                + calls.stream().skip(1).map(c -> c.target() + " at " + locator.display(c.where()))
                .collect(Collectors.joining(", ")) + ")" : "";
        return new Feedback("no call that blocks a thread (Thread.sleep, TimeUnit.sleep, wait, join, park...)",
                first.target() + " called in " + first.origin() + others,
                locator.display(first.where()),
                "Wait with EventLoop.sleep(seconds) and compose the future instead of blocking the loop.");
    }

    /**
     * The loop thread was held by the learner's code: what held it (a sleep, a wait, a park, a read...), where, how
     * often and how long in total, and what to do instead.
     */
    public static Feedback blockedAtRuntime(ChildEvent.Stall stall, long lessonSecondNanos, SourceLocator locator) {
        String how = stall.count() > 1
                ? " " + stall.count() + " times, " + lessonTime(stall.durationNanos(), lessonSecondNanos) + " in total"
                : " for " + lessonTime(stall.durationNanos(), lessonSecondNanos);
        return new Feedback("the loop thread never blocked by your code, not even for a moment",
                "it was " + held(stall) + how, locator.display(stall.where()), insteadOf(stall.kind()));
    }

    /** What held the loop, as "it was ..." goes on: "asleep in Thread.sleep", "reading a file or pipe in ...". */
    static String held(ChildEvent.Stall stall) {
        String call = shortName(stall.call());
        String in = call.isEmpty() ? "" : " in " + call;
        return switch (stall.kind()) {
            case BUSY -> "busy in a loop" + in;
            case SLEEP -> call.startsWith("Thread.") || call.startsWith("TimeUnit.") ? "asleep in " + call
                    : "asleep in Thread.sleep" + (call.isEmpty() ? "" : " (called through " + call + ")");
            case WAIT -> "waiting in " + (call.isEmpty() ? "Object.wait" : call);
            case PARK -> "waiting in " + (call.isEmpty() ? "LockSupport.park" : call);
            case LOCK -> "waiting for a lock that another thread held (synchronized)" + (call.isEmpty() ? "" : ", in " + call);
            case FILE_READ -> "reading a file or a pipe" + in;
            case SOCKET_READ -> "reading from a socket" + in;
        };
    }

    /** What to do instead of what held the loop. */
    private static String insteadOf(ChildEvent.Stall.Kind kind) {
        return switch (kind) {
            case BUSY -> "Don't loop until time has passed: wait with EventLoop.sleep(seconds) and compose on its future.";
            case SLEEP -> "Replace the sleep with EventLoop.sleep(seconds) and compose on its future: even a few"
                    + " milliseconds of Thread.sleep stop every other task on the loop.";
            case WAIT, PARK -> "Never wait on the loop thread (join, get, wait, a lock, a latch, a queue): compose on"
                    + " the future with thenCompose/thenApply, so the loop runs other tasks meanwhile.";
            case LOCK -> "Don't share a lock between the loop and other threads: hand results to the loop through a"
                    + " future instead.";
            case FILE_READ, SOCKET_READ -> "Read off the loop, with CompletableFuture.supplyAsync(..., executor) on a"
                    + " thread pool, and compose on that future: the loop must not wait for input.";
        };
    }

    /** A duration in lesson seconds, never "0.00" for a short one. */
    static String lessonTime(long nanos, long lessonSecondNanos) {
        double seconds = (double) nanos / lessonSecondNanos;
        return seconds < 0.005 ? "less than 0.01 lesson seconds" : seconds(seconds) + " lesson seconds";
    }

    /** A "nothing went wrong" check on a run that did not show the program running to its end. */
    public static Feedback noEvidence(String check, String scenario, List<String> missing) {
        return new Feedback(check + ", in a run of " + scenario + " that runs to its end and prints every task's lines",
                "the run did not show it: " + String.join(", ", missing) + " missing, so there was nothing to judge",
                "", "Make the program do its work first (see the other checks of this task): a check of what must not"
                        + " happen earns points only on a run in which everything else happened.");
    }

    /** The runtime detector's verdict on a run that the flight recorder did not record whole. */
    public static Feedback blockingNotRecorded(String scenario) {
        return new Feedback("the loop thread never blocked while " + scenario + " ran, as the flight recorder sees it",
                "the flight recorder did not record this run (see the grader's diagnostics); the sampler alone misses"
                        + " short blocking calls, so seeing nothing proves nothing", "",
                "Could not judge: grade again. If this stays, the JDK lacks the flight recorder (JFR); grade on a"
                        + " full JDK.");
    }

    /** Sections of a completed program that lack a start or done line of some task: they ended before the task did. */
    public static Feedback sectionsEndedBeforeTheirTasks(List<String> sections) {
        return new Feedback("a start and a done line for every task in every section",
                "the " + String.join(", ", sections) + " section" + (sections.size() == 1 ? "" : "s")
                        + " ended without a done line for every task: the tasks were still running when it printed its"
                        + " total",
                "", "A section must wait for its own tasks before it prints its total and the next section starts:"
                        + " return the future of the whole chain (thenCompose, not thenApply, when the function returns"
                        + " a future).");
    }

    public static Feedback notRunYet(String what) {
        return new Feedback(what, "the program did not run far enough to judge this", "",
                "Make the program run first; see the other checks of this task.");
    }

    // --- formatting -----------------------------------------------------------------------------------

    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    static String shortName(String qualified) {
        if (qualified == null || qualified.isEmpty()) {
            return "";
        }
        String[] parts = qualified.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : qualified;
    }
}
