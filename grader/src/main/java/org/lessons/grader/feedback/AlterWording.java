package org.lessons.grader.feedback;

import java.util.List;
import java.util.Optional;
import org.lessons.grader.submission.SourceLocator;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.timing.Bound;

/**
 * The sentences of the alter tasks and fix-2: a fourth task, handles, results, errors per task.
 */
public final class AlterWording {

    private AlterWording() {
    }

    public static String hintFourthTaskSequentialLate() {
        return "Run each task right after the previous one has finished, with nothing in between: "
                + "thenCompose the next doTask onto the previous future.";
    }

    public static String hintFourthTaskConcurrentLate() {
        return "Start every task (D too) before waiting, then wait for them together, not for a fixed time.";
    }

    public static String hintHandlesLate() {
        return "Create every task first, then await the handles one after another, and print the total as soon as "
                + "the last one is done; nothing else should wait in between.";
    }

    public static String hintEveryTaskLate() {
        return "Print the total as soon as the last task has ended; don't wait a fixed time for the tasks.";
    }

    public static String hintPerTaskErrorLate() {
        return "Handle the error and complete the failing task's future right away; "
                + "nothing should wait after a failure.";
    }

    /** The section's total line came before every task could have ended. */
    public static Feedback totalTooEarly(Bound bound, SourceLocator locator, String next) {
        return new Feedback(bound.what() + ": at least " + Wording.seconds(bound.nominalSeconds()) + " lesson seconds",
                Wording.seconds(bound.measuredSeconds()) + " lesson seconds: the total came before every task had ended",
                locator.display(bound.where()), next);
    }

    public static String nextWaitForEveryTask() {
        return "Wait for every task to end, the failing one included, before you print the total.";
    }

    /** A printed total that is neither of the measured spans (first start line, or section header, to it). */
    /** A method's returned list, against what it should hold slot by slot. */
    public static Feedback returnedResults(String scenario, List<String> expected, List<String> returned, String next) {
        return new Feedback(scenario + " to complete with " + expected,
                returned.isEmpty() ? "no results" : returned.toString(), "", next);
    }

    /** The class does not use task handles, or still gathers with allOf. */
    public static Feedback taskHandles(boolean createsTasks, List<String> allOfCalls, String className) {
        if (!createsTasks) {
            return new Feedback(className + " to create its tasks with EventLoop.createTask(() -> doTask(...))",
                    "no call to EventLoop.createTask in " + className, "",
                    "Wrap each doTask call in EventLoop.createTask and keep the handles it returns in a list.");
        }
        return new Feedback("no CompletableFuture.allOf or EventLoop.gather in " + className
                        + ": the task handles awaited one by one",
                "allOf, gather or wait called at " + String.join(", ", allOfCalls), allOfCalls.get(0),
                "Instead of gathering, chain the handles: awaited = awaited.thenCompose(x -> handle) for each handle, "
                        + "in argument order.");
    }

    /** The failing task's exception escaped and ended the whole group. */
    public static Feedback groupCrashed(ChildRun run, SourceLocator locator, String next) {
        RunEnding.LearnerException thrown = run.thrown().orElseThrow();
        return new Feedback(run.scenario().label() + " to complete although one task fails",
                "the failing task's " + thrown.simpleName() + " (\"" + thrown.message()
                        + "\") escaped and ended the whole group", locator.display(thrown.where()), next);
    }

    public static String nextKeepExceptionInSlot() {
        return "Give each task's future its own handle((value, error) -> error == null ? (Object) value : error), "
                + "so that the exception becomes that task's result.";
    }

    /**
     * The group's own handler caught the failing task's error: the group ended there, and the other tasks were still
     * running when the loop closed.
     *
     * @param where where the error line was printed: in that handler
     */
    public static Feedback groupEndedAtFailure(String failing, List<String> cutOff, String scenario, String where) {
        String others = String.join(" and ", cutOff);
        return new Feedback(scenario + " to run " + others + " to their end although " + failing + " fails",
                "the group ended at " + failing + "'s error: " + others + " never printed a done line and were still"
                        + " running when the loop closed",
                where, "Catch the error of each task in its own safeTask (doTask(...).exceptionally(...)), not the"
                        + " group's: a handler on the gather runs when the first task fails, and the gather ends there.");
    }

    public static String nextHandlePerTask() {
        return "Wrap each task in safeTask: doTask(...).exceptionally(error -> { print the error line; return \"B error\"; }).";
    }

    /** The slot of a failing task does not hold its exception, or another slot lost its value. */
    public static Feedback slotsOf(String scenario, List<String> expected, List<String> returned) {
        return new Feedback(scenario + " to complete with " + expected + ", the failing task's exception in its slot",
                returned.isEmpty() ? "no results" : returned.toString(), "",
                "Keep one slot per task in argument order: the value for a task that succeeded, the exception "
                        + "object itself (not its message) for the one that failed.");
    }

    /** The printed "Results: [...]" line of a run, against the one expected. */
    public static Feedback printedResults(String scenario, String expected, String printed, String where, String next) {
        return new Feedback("the line \"" + expected + "\" from " + scenario,
                printed.isEmpty() ? "no \"Results:\" line was printed" : "\"" + printed + "\"", where, next);
    }

    public static String nextPrintSlots() {
        return "Keep one slot per task in argument order (the exception object itself for the failed one) "
                + "and print them with pythonList(results).";
    }

    public static String nextPrintResults() {
        return "Print \"Results: \" and the results in argument order, the failed task's \"B error\" in its slot.";
    }

    /** The failing task printed a done line, as if it had succeeded. */
    public static Feedback failingTaskDone(String name, String printed, String scenario, String where) {
        return new Feedback("no done line for task " + name + " from " + scenario + ": it fails after its wait",
                "\"" + printed + "\" was printed", where,
                "Print the done line only when the task succeeds, after the check that makes it fail.");
    }

    /**
     * The failing task's error line is missing from a run.
     *
     * @param printed the error line it printed instead (another message), if any
     * @param where where that line was printed, or empty
     */
    public static Feedback missingErrorLine(String expected, String scenario, Optional<String> printed, String where) {
        return printed.map(line -> new Feedback("the line \"" + expected + "\" from " + scenario,
                        "\"" + line + "\" was printed instead", where,
                        "Print the message of the exception the task threw; in exceptionally or handle it can arrive"
                                + " wrapped in a CompletionException, whose cause is that exception."))
                .orElseGet(() -> new Feedback("the line \"" + expected + "\" from " + scenario, "no such line", "",
                        "Print the error line in the failing task's own handler, as soon as it fails."));
    }
}
