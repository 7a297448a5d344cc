package org.lessons.grader.feedback;

import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.observe.ChildEvent;

/**
 * What a learner reads when their code could not be run to its end: a missing file, a compile error, a child JVM
 * that timed out, died, threw, was tampered with, or flooded its output.
 */
public final class RunFailureWording {

    private RunFailureWording() {
    }

    // --- the submission could not be run ---------------------------------------------------------

    public static Feedback missingFile(LessonTask task, String path) {
        return new Feedback("a file " + path + " with class " + task.className(),
                "no such file", path,
                "Restore the file from the lesson (git checkout -- " + path + ") and write the task in it.");
    }

    /**
     * The task's file does not compile.
     *
     * @param where the first error's place, as the learner opens it
     * @param message javac's message of the first error
     * @param errors how many errors there are
     */
    public static Feedback compileError(LessonTask task, String where, String message, int errors) {
        String more = errors > 1 ? " (and " + (errors - 1) + " more)" : "";
        return new Feedback("the " + task.id() + " file compiles",
                "compile error: " + message.lines().findFirst().orElse("") + more,
                where,
                "Fix the compile error at " + where + "; the other tasks are graded as usual meanwhile.");
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
            case TAMPERED -> tampered(run);
        };
    }

    private static Feedback tampered(ChildRun run) {
        return new Feedback(run.scenario().label() + " to report through the grader's channel, as the harness sends it",
                "tampered: the grader's channel carried " + run.tampering()
                        + ", which the harness never sends, so nothing this run showed counts",
                "", "Print with System.out and System.err only; never write to the JVM's raw output or forge the"
                        + " grader's events.");
    }

    private static Feedback timedOut(ChildRun run, SourceLocator locator) {
        Optional<ChildEvent.Stall> stall = run.stalls().stream().reduce((a, b) -> b);
        String lastLine = run.lines().isEmpty() ? "nothing was printed"
                : "the last line printed was \"" + run.lines().get(run.lines().size() - 1).text().strip() + "\"";
        String cause = stall.map(s -> s.kind() == ChildEvent.Stall.Kind.BUSY
                ? "the loop thread was busy in an endless loop in " + Wording.shortName(s.call())
                : "the loop thread was " + Wording.held(s)
                        + (s.call().contains("CompletableFuture") ? ", for work that only the loop itself could do (a deadlock)" : ""))
                .orElse("the loop thread was never seen blocked or busy in your code, so it was waiting for a future "
                + "that nothing completed, or other threads kept the CPU busy");
        return new Feedback(run.scenario().label() + " to finish within " + Wording.seconds(run.wallTime().toMillis() / 1000.0)
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
}
