package org.lessons.grader.feedback;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.grader.submission.SourceLocator;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.ExpectedLines;
import org.lessons.grader.rules.FoundCall;
import org.lessons.grader.timing.Bound;

/**
 * The sentences of the break and fix tasks (break-1, break-2, break-3, fix-1, fix-3).
 */
public final class BreakFixWording {

    private BreakFixWording() {
    }

    /** A Break task's symptom is absent: the program works, so nothing was broken. */
    public static String hintBreakOneStillAwaits() {
        return "You still wait for the tasks: call doTask for each job and compose none of the futures it returns.";
    }

    public static Feedback breakOneDoneLine(ChildEvent.Line line, SourceLocator locator) {
        return new Feedback("no \"done\" line: a task nobody awaits never gets to finish before the program ends",
                "\"" + line.text().strip() + "\" was printed", locator.display(line.where()),
                "Don't compose, allOf or return any future of doTask; return an already completed future instead.");
    }

    public static Feedback startLinesMissing(List<String> missing, String scenario) {
        return new Feedback("a \"Task X starting...\" line for every task (" + String.join(", ", missing)
                        + " missing) from " + scenario,
                "the start lines of " + String.join(", ", missing) + " were not printed", "",
                "Call doTask for every job in the list.");
    }

    public static Feedback breakOneNoWarning(int closings) {
        return new Feedback("the kit's warning that nobody awaited the waits or tasks, when the loop closes",
                closings == 0 ? "no loop of yours closed, so the kit had nothing to warn about"
                        : "the loop closed " + (closings == 1 ? "once" : closings + " times")
                        + " with nothing left pending: no warning", "",
                "Start the waits with doTask (EventLoop.sleep inside) and let the loop close with them still pending:"
                        + " the kit warns only about its own waits that nobody awaited. Printing the warning's text"
                        + " yourself does not count: the grader hears the kit itself.");
    }

    public static Feedback breakTwoOrder(ExpectedLines.Mismatch mismatch, boolean stillConcurrent, SourceLocator locator) {
        Feedback order = Wording.lineOrder("concurrent (blocking)", mismatch, locator);
        return new Feedback(order.expected(), order.measured(), order.where(), stillConcurrent
                ? "Concurrency still works, so nothing is broken yet: block inside doTask with"
                        + " Thread.sleep(LessonTime.millis(seconds)) instead of EventLoop.sleep."
                : "Each task must block the loop from its start line to its done line; compare with exercises/README.md.");
    }

    public static Feedback breakTwoStillConcurrent(Bound bound, SourceLocator locator) {
        return new Feedback(bound.what() + ": about the sum of the tasks, " + Wording.seconds(bound.nominalSeconds())
                        + " lesson seconds, because blocked tasks run one after another",
                Wording.seconds(bound.measuredSeconds()) + " lesson seconds: the tasks still overlap", locator.display(bound.where()),
                "Block inside doTask with Thread.sleep(LessonTime.millis(seconds)) instead of EventLoop.sleep.");
    }

    public static String hintBreakTwoLate() {
        return "Block each task exactly its own seconds: Thread.sleep(LessonTime.millis(seconds)), nothing more.";
    }

    /**
     * The static rule found no Thread.sleep; when the loop was busy or waiting instead, say that the symptom
     * came from another cause.
     */
    public static Feedback breakTwoNoThreadSleepInCode(List<FoundCall> otherCalls, Optional<ChildEvent.Stall> stall,
                                                     SourceLocator locator) {
        String found = otherCalls.isEmpty() ? "no blocking call at all"
                : "only " + otherCalls.stream().map(c -> c.target() + " at " + locator.display(c.where()))
                        .collect(Collectors.joining(", "));
        String cause = stall.map(s -> switch (s.kind()) {
            case BUSY -> "; the loop was held by a busy loop in " + Wording.shortName(s.call()) + " instead: you reproduced the"
                    + " symptom by a different cause";
            case SLEEP -> "; the loop did sleep, " + Wording.held(s) + ", a call the rule cannot see (reflection or the like)";
            default -> "; the loop was " + Wording.held(s) + " instead: a different cause";
        }).orElse("");
        return new Feedback("the static rule against blocking calls on the loop to find your Thread.sleep call",
                "it found " + found + cause,
                stall.map(s -> locator.display(s.where())).orElse(""),
                "Block with Thread.sleep(LessonTime.millis(seconds)) itself, called plainly in doTask (or a helper of it).");
    }

    public static Feedback breakTwoNoSleepAtRuntime(List<ChildEvent.Stall> stalls, long lessonSecondNanos,
                                                  SourceLocator locator) {
        Optional<ChildEvent.Stall> other = stalls.stream().findFirst();
        String measured = other.map(s -> s.kind() == ChildEvent.Stall.Kind.BUSY
                ? "the loop thread was busy in a loop in " + Wording.shortName(s.call()) + " for "
                        + Wording.lessonTime(s.durationNanos(), lessonSecondNanos)
                        + ", not asleep: you reproduced the symptom by a different cause"
                : "the loop thread was " + Wording.held(s) + ", not asleep in Thread.sleep: the sleep ran on another thread")
                .orElse("the loop thread was never seen blocked");
        return new Feedback("the runtime detector to see the loop thread asleep in Thread.sleep", measured,
                other.map(s -> locator.display(s.where())).orElse(""),
                "Call Thread.sleep(LessonTime.millis(seconds)) on the loop thread itself, inside doTask.");
    }

    public static Feedback breakTwoSleepElsewhere(ChildEvent.Stall stall, List<FoundCall> sleeps, SourceLocator locator) {
        return new Feedback("the loop thread asleep at your Thread.sleep line ("
                        + sleeps.stream().map(c -> locator.display(c.where())).collect(Collectors.joining(", ")) + ")",
                "it was asleep at another line", locator.display(stall.where()),
                "Block in one place only: the Thread.sleep(LessonTime.millis(seconds)) in doTask.");
    }

    public static Feedback breakThreeNoRefusal(ChildRun run, SourceLocator locator) {
        String label = run.scenario().label();
        ChildEvent.Finished end = run.finished().orElseThrow();
        if (run.returned()) {
            return new Feedback(label + " to end with IllegalStateException: \"" + NESTED_RUN + "\"",
                    "it returned normally" + (end.value().isEmpty() ? "" : " with " + String.join(", ", end.value())), "",
                    "Call EventLoop.run(...) inside the code the outer EventLoop.run runs, and don't catch the refusal.");
        }
        RunEnding.LearnerException thrown = run.thrown().orElseThrow();
        return new Feedback(label + " to end with IllegalStateException: \"" + NESTED_RUN + "\"",
                "it ended with " + thrown.simpleName() + ": " + thrown.message(), locator.display(thrown.where()),
                "Let the kit's refusal reach the caller unchanged: don't catch it, wrap it or throw your own.");
    }

    public static Feedback breakThreeAnnouncementMissing(String line, String scenario) {
        return new Feedback("the line \"" + line + "\" from " + scenario + ", right before the nested EventLoop.run",
                "no such line", "", "Print it inside the outer loop, just before you call EventLoop.run again.");
    }

    public static String hintBreakThreeLate() {
        return "Call EventLoop.run again right after the line, without waiting first; the kit refuses at once.";
    }

    public static Feedback leftPending(ChildEvent.LoopClosed closing, String scenario, String next) {
        String left = closing.forgottenWaits() > 0
                ? closing.forgottenWaits() + " wait(s) that nobody awaited, the first started at " + closing.firstWaitSite()
                : closing.pendingTasks() + " task(s) still pending, the first created at " + closing.firstTaskSite();
        return new Feedback(scenario + " to leave nothing pending when its loop closes (no kit warning)",
                "the kit warned when the loop closed: " + left, "", next);
    }

    /** A check about what a loop leaves behind, on a run in which no loop of the program closed. */
    public static Feedback noLoopClosed(String scenario) {
        return new Feedback(scenario + " to run its loop to its end, leaving nothing pending",
                "no loop closed during the run, so nothing shows what it left behind", "",
                "Run your tasks on EventLoop.run, as the lesson does, and let it return.");
    }

    public static String hintBreakThreeLeftPending() {
        return "Start nothing before the nested EventLoop.run: a wait started and never awaited is left hanging.";
    }

    public static String hintFixOneOrder() {
        return "Start every task before waiting for any: doTask must print its start line and return"
                + " EventLoop.sleep(seconds).thenApply(...) at once.";
    }

    public static String hintFixOneLate() {
        return "Wait in each task exactly its own seconds with EventLoop.sleep(seconds), and start all tasks at once.";
    }

    public static Feedback fixThreeFirstResult(String expected, String got, String scenario, String where) {
        return new Feedback(scenario + " to report \"" + expected + "\", the task that completes first",
                got.isEmpty() ? "nothing" : "\"" + got + "\"", where,
                "Take the first result from CompletableFuture.anyOf(tasks), not from a fixed position or name.");
    }

    public static Feedback fixThreeCancelledDone(ChildEvent.Line line, String scenario, SourceLocator locator) {
        return new Feedback("no \"done\" line from the tasks that lost the race in " + scenario
                        + ": they are cancelled first",
                "\"" + line.text().strip() + "\" was printed", locator.display(line.where()),
                "As soon as the first task completes (anyOf, or EventLoop.wait with FIRST_COMPLETED), cancel every"
                        + " task still pending, the winner excepted (done.pending(), not done.done()), with"
                        + " task.cancel(false); and print a task's done line only after its own wait.");
    }

    public static String hintFixThreeLate() {
        return "Report the first result as soon as anyOf completes, and return without waiting for the other tasks.";
    }

    public static String hintFixThreeLeftPending() {
        return "Start the tasks with EventLoop.createTask and cancel those still pending after anyOf:"
                + " cancelling a task drops its waits.";
    }

    private static final String NESTED_RUN = org.lessons.kit.EventLoop.NESTED_RUN_MESSAGE;
}
