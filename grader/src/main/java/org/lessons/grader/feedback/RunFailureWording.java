package org.lessons.grader.feedback;

import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.grader.submission.Compilation;
import org.lessons.grader.submission.Obstacle;
import org.lessons.grader.submission.SourceLocator;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
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

    /** What a learner reads when {@code obstacle} stopped their task's code from running. */
    public static Feedback obstacle(Obstacle obstacle, SourceLocator locator) {
        LessonTask task = obstacle.task();
        if (obstacle instanceof Obstacle.MissingFile missing) {
            return missingFile(task, missing.path());
        } else if (obstacle instanceof Obstacle.CompileFailed failed) {
            Compilation.CompileError first = failed.errors().get(0);
            return compileError(task, first.where(), first.message(), failed.errors().size());
        } else if (obstacle instanceof Obstacle.ForbiddenUses forbidden) {
            return LessonApiWording.forbiddenUse(task, forbidden.uses(), locator);
        } else if (obstacle instanceof Obstacle.EarlierTimeout timeout) {
            return skippedAfterTimeout(task, timeout.earlier(), locator);
        }
        throw new IllegalArgumentException("no wording for " + obstacle);
    }

    static Feedback missingFile(LessonTask task, String path) {
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
    static Feedback compileError(LessonTask task, String where, String message, int errors) {
        String more = errors > 1 ? " (and " + (errors - 1) + " more)" : "";
        return new Feedback("the " + task.id() + " file compiles",
                "compile error: " + message.lines().findFirst().orElse("") + more,
                where,
                "Fix the compile error at " + where + "; the other tasks are graded as usual meanwhile.");
    }

    static Feedback skippedAfterTimeout(LessonTask task, ChildRun earlier, SourceLocator locator) {
        return new Feedback("the " + task.id() + " code to finish",
                "not run again: " + earlier.scenario().label() + " already ran past its time limit",
                stalledWhere(earlier, locator),
                "Fix the endless wait or loop first; see the first failed check of this task.");
    }

    /**
     * Why a run did not return normally, as its ending says. A run whose harness failed is the grader's failure, see
     * {@link #harnessFailed}.
     */
    public static Feedback didNotComplete(ChildRun run, SourceLocator locator) {
        String label = run.scenario().label();
        RunEnding ending = run.ending();
        if (ending instanceof RunEnding.TimedOut) {
            return timedOut(run, locator);
        } else if (ending instanceof RunEnding.Tampered tampered) {
            return tampered(run, tampered);
        } else if (ending instanceof RunEnding.OutOfMemory) {
            return new Feedback(label + " to finish", "the JVM ran out of memory (OutOfMemoryError)", "",
                    "Look for a collection or string that grows without end.");
        } else if (ending instanceof RunEnding.Exited exited) {
            return new Feedback(label + " to return", "your code ended the JVM with System.exit(" + exited.code() + ")",
                    locator.display(exited.where()), "Remove the System.exit call; return from the method instead.");
        } else if (ending instanceof RunEnding.Halted halted) {
            return new Feedback(label + " to return",
                    "the JVM stopped abruptly with exit code " + halted.code() + " (Runtime.halt or a crash)", "",
                    "Remove any Runtime.halt or System.exit call; return from the method instead.");
        } else if (ending instanceof RunEnding.HarnessFailed failed) {
            return harnessFailed(run, failed);
        } else if (ending instanceof RunEnding.ContractBroken broken) {
            return new Feedback("the class and methods that exercises/README.md describes",
                    ContractWording.mismatch(broken.mismatch()), "",
                    "Keep the class name and the method signatures exactly as the lesson gives them.");
        } else if (ending instanceof RunEnding.StaticInitFailed failed) {
            return staticInitFailed(run, failed.exception(), locator);
        } else if (ending instanceof RunEnding.Threw threw) {
            return threw(run, threw.exception(), locator);
        }
        throw new IllegalArgumentException(label + " ended as " + ending + ": it did not fail to complete");
    }

    /** The child JVM ended before its harness started, so before any learner code ran: not the learner's doing. */
    public static Feedback harnessFailed(ChildRun run, RunEnding.HarnessFailed failed) {
        return new Feedback(run.scenario().label() + " to run in the grader's child JVM",
                "the child JVM ended with exit code " + failed.code() + " before the grader's harness started, so"
                        + " before any of your code ran", "",
                "Could not judge: grade again. If this stays, the grader itself is broken: report it to your instructor.");
    }

    private static Feedback tampered(ChildRun run, RunEnding.Tampered tampered) {
        return new Feedback(run.scenario().label() + " to report through the grader's channel, as the harness sends it",
                "tampered: the grader's channel carried " + tampered.why()
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

    private static Feedback staticInitFailed(ChildRun run, RunEnding.LearnerException thrown, SourceLocator locator) {
        String where = locator.display(thrown.where());
        return new Feedback("class " + run.scenario().className() + " to load",
                "its static initializer (a static field or static block) threw " + thrown.simpleName() + ": "
                        + thrown.message(), where,
                "Fix the static field or block at " + (where.isEmpty() ? "the top of the class" : where)
                        + "; it runs before any of your methods.");
    }

    private static Feedback threw(ChildRun run, RunEnding.LearnerException thrown, SourceLocator locator) {
        String where = locator.display(thrown.where());
        if (thrown.is(UnsupportedOperationException.class)) {
            return new Feedback(run.scenario().label() + " to run", "it is still the stub: " + thrown.message(), where,
                    "Write the method; its Javadoc says what it must do.");
        }
        if (thrown.is(StackOverflowError.class)) {
            return new Feedback(run.scenario().label() + " to return", "StackOverflowError: endless recursion", where,
                    "Look for a method that calls itself without an end.");
        }
        return new Feedback(run.scenario().label() + " to return", thrown.simpleName() + ": " + thrown.message(), where,
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
