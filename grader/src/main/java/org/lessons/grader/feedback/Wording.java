package org.lessons.grader.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.ExpectedLines;
import org.lessons.grader.rules.BlockingCall;
import org.lessons.grader.submission.Compilation;
import org.lessons.grader.submission.SourceLocator;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.Tolerance;

/**
 * Every sentence a learner reads from the grader, in one place, so that it stays consistent and
 * can be reviewed and adapted as a whole.
 */
public final class Wording {

    private Wording() {
    }

    // --- the submission could not be run ---------------------------------------------------------

    public static Feedback missingFile(LessonTask task, String path) {
        return new Feedback("a file " + path + " with class " + task.className(),
                "no such file", path,
                "Restore the file from the lesson (git checkout -- " + path + ") and write the task in it.");
    }

    public static Feedback compileError(LessonTask task, List<Compilation.CompileError> errors) {
        Compilation.CompileError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return new Feedback("the " + task.id() + " file compiles",
                "compile error: " + first.message().lines().findFirst().orElse("") + more,
                first.where(),
                "Fix the compile error at " + first.where() + "; the other tasks are graded as usual meanwhile.");
    }

    public static Feedback skippedAfterTimeout(LessonTask task, ChildRun earlier, SourceLocator locator) {
        return new Feedback("the " + task.id() + " code to finish",
                "not run again: " + earlier.scenario().label() + " already ran past its time limit",
                stalledWhere(earlier, locator),
                "Fix the endless wait or loop first; see the first failed check of this task.");
    }

    /** Why a run did not return normally, as specific as what was observed allows. */
    public static Feedback didNotComplete(ChildRun run, SourceLocator locator) {
        String label = run.scenario().label();
        return switch (run.ending()) {
            case TIMED_OUT -> timedOut(run, locator);
            case DIED -> died(run, locator);
            case FINISHED -> threw(run, locator);
        };
    }

    private static Feedback timedOut(ChildRun run, SourceLocator locator) {
        Optional<ChildEvent.Stall> stall = run.stalls().stream().reduce((a, b) -> b);
        String lastLine = run.lines().isEmpty() ? "nothing was printed"
                : "the last line printed was \"" + run.lines().get(run.lines().size() - 1).text().strip() + "\"";
        String cause = stall.map(s -> switch (s.kind()) {
            case "BUSY" -> "the loop thread was busy in an endless loop in " + shortName(s.call());
            case "SLEEP" -> "the loop thread was asleep in " + shortName(s.call());
            default -> "the loop thread was waiting in " + shortName(s.call())
                    + (s.call().contains("CompletableFuture") ? ", for work that only the loop itself could do (a deadlock)" : "");
        }).orElse("the loop thread was never seen blocked or busy in your code, so it was waiting for a future "
                + "that nothing completed, or other threads kept the CPU busy");
        return new Feedback(run.scenario().label() + " to finish within " + seconds(run.wallTime().toMillis() / 1000.0)
                        + " real seconds",
                "it was stopped at the time limit: " + cause + "; " + lastLine,
                stall.map(s -> locator.display(s.where())).orElse(""),
                stall.map(s -> s.call().contains("join") || s.call().contains(".get")
                        ? "Never join() or get() a future on the loop thread: compose with thenCompose/thenApply instead."
                        : "Make sure every loop ends and every wait is an EventLoop.sleep, not a blocking one.")
                        .orElse("Look for a loop that never ends or a wait for something that never happens."));
    }

    private static Feedback died(ChildRun run, SourceLocator locator) {
        String stderr = run.stderrTail();
        if (stderr.contains("OutOfMemoryError")) {
            return new Feedback(run.scenario().label() + " to finish", "the JVM ran out of memory (OutOfMemoryError)", "",
                    "Look for a collection or string that grows without end.");
        }
        if (run.exiting().isPresent()) {
            String where = locator.display(run.exiting().get().where());
            return new Feedback(run.scenario().label() + " to return", "your code ended the JVM with System.exit("
                    + run.exitCode() + ")", where, "Remove the System.exit call; return from the method instead.");
        }
        return new Feedback(run.scenario().label() + " to return",
                "the JVM stopped abruptly with exit code " + run.exitCode() + " (Runtime.halt or a crash)", "",
                "Remove any Runtime.halt or System.exit call; return from the method instead.");
    }

    private static Feedback threw(ChildRun run, SourceLocator locator) {
        ChildEvent.Finished end = run.finished().orElseThrow();
        String where = locator.display(end.where());
        String exception = end.exception().substring(end.exception().lastIndexOf('.') + 1);
        if (end.exception().endsWith("ScenarioInvoker$ContractMismatch")) {
            return new Feedback("the class and methods that exercises/README.md describes", end.message(), "",
                    "Keep the class name and the method signatures exactly as the lesson gives them.");
        }
        if (end.exception().endsWith("Sandbox$Refused")) {
            boolean exit = end.message().contains("exit(") || end.message().contains("halt(");
            return new Feedback(run.scenario().label() + " to return", end.message(), where, exit
                    ? "Remove the call that ends the JVM; return from the method instead."
                    : "Let your code only compute and print: no processes, files outside its folder, or reflection.");
        }
        if (end.exception().endsWith("ScenarioInvoker$StaticInitFailure")) {
            return new Feedback("class " + run.scenario().className() + " to load",
                    "its static initializer (a static field or static block) threw " + end.message(), where,
                    "Fix the static field or block at " + (where.isEmpty() ? "the top of the class" : where)
                            + "; it runs before any of your methods.");
        }
        if (end.exception().equals("java.lang.UnsupportedOperationException")) {
            return new Feedback(run.scenario().label() + " to run", "it is still the stub: " + end.message(), where,
                    "Write the method; its Javadoc says what it must do.");
        }
        if (end.exception().equals("java.lang.StackOverflowError")) {
            return new Feedback(run.scenario().label() + " to return", "StackOverflowError: endless recursion", where,
                    "Look for a method that calls itself without an end.");
        }
        return new Feedback(run.scenario().label() + " to return", exception + ": " + end.message(), where,
                "Read the exception at " + (where.isEmpty() ? "its origin" : where) + " and fix its cause.");
    }

    // --- hostile or runaway submissions ------------------------------------------------------------

    /** The run printed more lines than the grader records, so what it printed cannot be judged. */
    public static Feedback outputFlood(ChildRun run, long dropped, int kept, SourceLocator locator) {
        String where = run.lines().stream()
                .collect(Collectors.groupingBy(ChildEvent.Line::where, Collectors.counting()))
                .entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .max(java.util.Map.Entry.comparingByValue())
                .map(e -> locator.display(e.getKey())).orElse("");
        return new Feedback(run.scenario().label() + " to print only the lesson's lines",
                "it printed " + (kept + dropped) + " lines; the grader keeps the first " + kept
                        + " and only counted the other " + dropped,
                where, "Remove the printing loop" + (where.isEmpty() ? "" : " at " + where)
                        + "; print only the lines the lesson asks for.");
    }

    private static String stalledWhere(ChildRun run, SourceLocator locator) {
        return run.stalls().stream().reduce((a, b) -> b).map(s -> locator.display(s.where())).orElse("");
    }

    // --- output order -------------------------------------------------------------------------------

    public static Feedback lineOrder(String section, ExpectedLines.Mismatch mismatch, SourceLocator locator) {
        String expected = mismatch.expected().map(e -> "\"" + e.shown() + "\"").orElse("no more lines");
        String printed = mismatch.printed().map(l -> "\"" + l.text().strip() + "\"").orElse("nothing more");
        String where = mismatch.printed().map(l -> locator.display(l.where())).orElse("");
        return new Feedback("line " + mismatch.index() + " of the " + section + " section to be " + expected,
                "it was " + printed, where,
                mismatch.printed().isEmpty()
                        ? "The section stopped early: check that every task is started and awaited."
                        : "Compare your section with the expected output in exercises/README.md.");
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
                seconds(bound.measuredSeconds()) + " lesson seconds, on each of " + attempts + " runs",
                locator.display(bound.where()), hint);
    }

    public static Feedback unsure(Bound bound, int attempts, long machineLatenessNanos, SourceLocator locator) {
        return new Feedback(bound.what() + ": about " + seconds(bound.nominalSeconds()) + " lesson seconds",
                seconds(bound.measuredSeconds()) + " lesson seconds, but the machine itself was up to "
                        + (machineLatenessNanos / 1_000_000) + " ms late waking threads on each of " + attempts + " runs",
                locator.display(bound.where()),
                "This is not counted against you; grade again on a quieter machine for a verdict.");
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

    public static Feedback printedTotal(String label, String printedLine, double measured, String where) {
        return new Feedback("\"" + label + "\" to show the measured total, about " + seconds(measured) + " seconds",
                "\"" + printedLine + "\"", where,
                "Measure the total with EventLoop.time() before and after, and print that number; never a constant.");
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

    public static Feedback blockingInCode(List<BlockingCall> calls, SourceLocator locator) {
        BlockingCall first = calls.get(0);
        String others = calls.size() > 1 ? " (and " + (calls.size() - 1) + " more: "
                + calls.stream().skip(1).map(c -> c.target() + " at " + locator.display(c.where()))
                .collect(Collectors.joining(", ")) + ")" : "";
        return new Feedback("no call that blocks a thread (Thread.sleep, TimeUnit.sleep, wait, join, park...)",
                first.target() + " called in " + first.origin() + others,
                locator.display(first.where()),
                "Wait with EventLoop.sleep(seconds) and compose the future instead of blocking the loop.");
    }

    public static Feedback blockedAtRuntime(ChildEvent.Stall stall, long lessonSecondNanos, SourceLocator locator) {
        String what = switch (stall.kind()) {
            case "BUSY" -> "busy in a loop";
            case "SLEEP" -> "blocked in " + shortName(stall.call());
            default -> "waiting in " + shortName(stall.call());
        };
        return new Feedback("the loop thread never blocked by your code",
                "it was " + what + " for " + seconds((double) stall.durationNanos() / lessonSecondNanos) + " lesson seconds",
                locator.display(stall.where()),
                "Replace the blocking call with EventLoop.sleep(...) and compose on its future.");
    }

    public static Feedback notRunYet(String what) {
        return new Feedback(what, "the program did not run far enough to judge this", "",
                "Make the program run first; see the other checks of this task.");
    }

    // --- formatting -----------------------------------------------------------------------------------

    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    private static String shortName(String qualified) {
        if (qualified == null || qualified.isEmpty()) {
            return "";
        }
        String[] parts = qualified.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : qualified;
    }
}
