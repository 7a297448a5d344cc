package org.lessons.grader.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.ExpectedLines;
import org.lessons.grader.rules.FoundCall;
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
                ? "the loop thread was busy in an endless loop in " + shortName(s.call())
                : "the loop thread was " + held(s)
                        + (s.call().contains("CompletableFuture") ? ", for work that only the loop itself could do (a deadlock)" : ""))
                .orElse("the loop thread was never seen blocked or busy in your code, so it was waiting for a future "
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

    public static Feedback printedTotal(String label, String printedLine, double measured, String scenario,
                                        String where) {
        return new Feedback("\"" + label + "\" in " + scenario + " to show the measured total, about "
                        + seconds(measured) + " seconds", "\"" + printedLine + "\"", where,
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
    private static String held(ChildEvent.Stall stall) {
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
    private static String lessonTime(long nanos, long lessonSecondNanos) {
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

    public static Feedback notRunYet(String what) {
        return new Feedback(what, "the program did not run far enough to judge this", "",
                "Make the program run first; see the other checks of this task.");
    }

    // --- explain, mastery ---------------------------------------------------------------------------

    /**
     * One multiple-choice question of the explain task; its key is the instructor's ({@code ExplainKey}).
     *
     * @param number the question's number, from 1, as the learner's map keys it
     * @param prompt the question as the learner reads it
     * @param options the four options, A to D
     */
    public record Question(int number, String prompt, List<String> options) {
        public Question {
            options = List.copyOf(options);
        }

        /** An option's text, such as {@code "B: It starts ..."}; empty when there is no such letter. */
        public String option(char letter) {
            int index = Character.toUpperCase(letter) - 'A';
            return index >= 0 && index < options.size() ? letter + ": " + options.get(index) : "";
        }
    }

    /** The explain task's questions, in order; the same text as in the Explain class's Javadoc. */
    public static List<Question> explainQuestions() {
        return List.of(
                new Question(1, "What is a method that returns a CompletableFuture (like doTask), and how is it different"
                        + " from a plain method?", List.of(
                        "It runs on a new thread of its own, so calling it never waits for anything.",
                        "It starts its work and returns at once with a future that the loop completes later; a plain"
                                + " method returns only when all of its work is done.",
                        "It blocks the caller until the result is ready, like a plain method, and then wraps the result"
                                + " in a future.",
                        "It may only be called from main; calling it from another future-returning method is an error.")),
                new Question(2, "Why does Thread.sleep inside a task on the loop break concurrency, while"
                        + " EventLoop.sleep does not?", List.of(
                        "Thread.sleep is less precise than EventLoop.sleep, so the tasks finish at the wrong moments.",
                        "Thread.sleep puts every thread of the JVM to sleep; EventLoop.sleep only the current task's"
                                + " thread.",
                        "Thread.sleep holds the loop's only thread, so no other task can run until it returns;"
                                + " EventLoop.sleep registers a timer and returns a future at once, so the loop runs"
                                + " the other tasks meanwhile.",
                        "EventLoop.sleep starts a thread for each waiting task so that the sleeps overlap;"
                                + " Thread.sleep starts none.")),
                new Question(3, "What does the event loop actually do?", List.of(
                        "It gives each task its own thread and waits until all of them have finished.",
                        "It runs the tasks one after another in the order they were started, each to its end before"
                                + " the next one starts.",
                        "It checks every future again and again in a busy loop, using a whole CPU core until the"
                                + " tasks are done.",
                        "On its one thread, it runs the callbacks that are ready, completes the futures of timers that"
                                + " are due, and sleeps until the next timer when there is nothing to do.")),
                new Question(4, "When would you use async (an event loop) instead of threads?", List.of(
                        "For many tasks that spend most of their time waiting (network calls, timers, other I/O),"
                                + " with libraries that do not block: one thread juggles thousands of waits cheaply.",
                        "For CPU-heavy work such as resizing thousands of images, because the loop uses every core.",
                        "Whenever you must call a blocking library (JDBC, Thread.sleep), because the loop makes"
                                + " blocking calls non-blocking.",
                        "Never: async is always slower than threads and only a different style of writing the same"
                                + " thing.")),
                new Question(5, "main calls doTask(\"A\", 2) and ignores the future it returns (no thenCompose, not"
                        + " part of allOf), then completes. What happens?", List.of(
                        "Task A still finishes before the program ends, because the loop waits for every timer.",
                        "EventLoop.run throws IllegalStateException at once, because a future was ignored.",
                        "\"Task A starting...\" is printed, but the loop closes as soon as main's future completes:"
                                + " the done line never comes, and the kit warns that a wait was never finished.",
                        "Nothing at all is printed, because a future's code only runs once somebody composes on it.")));
    }

    /** A wrong answer, with the key's letter and why it is right. */
    public static Feedback explainWrong(Question question, char key, String why, char answered, String where) {
        return new Feedback("question " + question.number() + " (" + question.prompt() + ") answered "
                        + question.option(key),
                "you answered " + describeAnswer(question, answered), where,
                "Why " + key + ": " + why);
    }

    /** A grader without the answer key (the student template's practice grader): the answer is not judged. */
    public static Feedback explainKeyWithheld(Question question, char answered, String where) {
        return new Feedback("question " + question.number() + " judged against the instructor's answer key",
                "you answered " + describeAnswer(question, answered) + "; this grader has no answer key", where,
                "Nothing to fix here: the official grade judges this answer. Until then, try it out in the Run and"
                        + " Break tasks.");
    }

    public static Feedback explainMissing(Question question, String returned, String where) {
        return new Feedback("an answer (a letter A to D) for question " + question.number() + " in the map that"
                        + " Explain.answers() returns",
                returned.isEmpty() ? "answers() returned nothing" : "answers() returned " + returned, where,
                "Put an entry " + question.number() + " -> 'A', 'B', 'C' or 'D' into the map; read question "
                        + question.number() + " in the Javadoc of Explain.");
    }

    private static String describeAnswer(Question question, char answered) {
        String option = question.option(answered);
        return option.isEmpty() ? "'" + answered + "', which is not one of A to D" : option;
    }

    /**
     * A mastery check failed on one hidden task list.
     *
     * @param rule what the check wants, in words
     * @param seed the seed the hidden lists came from
     * @param list which hidden list, from 1
     * @param jobs the list, as {@code [K 2, Q 0.5]}
     * @param real the lines the real run printed
     * @param predicted the lines the prediction returned
     * @param detail what exactly differs
     */
    public static Feedback predictionWrong(String rule, long seed, int list, String jobs, List<String> real,
                                           List<String> predicted, String detail, String where) {
        return new Feedback(rule + " (hidden list " + list + " of seed " + seed + ": " + jobs + "; the real run"
                        + " printed " + quoted(real) + ")",
                detail + "; your predict returned " + quoted(predicted), where,
                "Reproduce it with mvn verify -Dgrade.tasks=mastery -Dgrade.seed=" + seed
                        + ", or call Mastery.predict on " + jobs + " yourself and compare it with a real run.");
    }

    public static String masteryStartsFirst() {
        return "every start line first, in argument order";
    }

    public static String masteryShortestFirst() {
        return "the done lines in order of duration, shortest first";
    }

    public static String masteryTiesInStartOrder() {
        return "tasks of equal duration to finish in the order they started";
    }

    public static String masteryDoneWording() {
        return "each done line to say the seconds as the run prints them (\"1 second\", \"2 seconds\","
                + " \"1.5 seconds\")";
    }

    public static String masteryNoOtherLines() {
        return "exactly one start line and one done line per task, and no other line";
    }

    private static String quoted(List<String> lines) {
        return lines.stream().map(line -> "\"" + line + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    // --- break-1, break-2, break-3, fix-1, fix-3 ------------------------------------------------------

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
        Feedback order = lineOrder("concurrent (blocking)", mismatch, locator);
        return new Feedback(order.expected(), order.measured(), order.where(), stillConcurrent
                ? "Concurrency still works, so nothing is broken yet: block inside doTask with"
                        + " Thread.sleep(LessonTime.millis(seconds)) instead of EventLoop.sleep."
                : "Each task must block the loop from its start line to its done line; compare with exercises/README.md.");
    }

    public static Feedback breakTwoStillConcurrent(Bound bound, SourceLocator locator) {
        return new Feedback(bound.what() + ": about the sum of the tasks, " + seconds(bound.nominalSeconds())
                        + " lesson seconds, because blocked tasks run one after another",
                seconds(bound.measuredSeconds()) + " lesson seconds: the tasks still overlap", locator.display(bound.where()),
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
            case BUSY -> "; the loop was held by a busy loop in " + shortName(s.call()) + " instead: you reproduced the"
                    + " symptom by a different cause";
            case SLEEP -> "; the loop did sleep, " + held(s) + ", a call the rule cannot see (reflection or the like)";
            default -> "; the loop was " + held(s) + " instead: a different cause";
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
                ? "the loop thread was busy in a loop in " + shortName(s.call()) + " for "
                        + lessonTime(s.durationNanos(), lessonSecondNanos)
                        + ", not asleep: you reproduced the symptom by a different cause"
                : "the loop thread was " + held(s) + ", not asleep in Thread.sleep: the sleep ran on another thread")
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
        String exception = end.exception().substring(end.exception().lastIndexOf('.') + 1);
        return new Feedback(label + " to end with IllegalStateException: \"" + NESTED_RUN + "\"",
                "it ended with " + exception + ": " + end.message(), locator.display(end.where()),
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

    public static Feedback fixThreeCancelledDone(ChildEvent.Line line, SourceLocator locator) {
        return new Feedback("no \"done\" line from the tasks that lost the race: they are cancelled first",
                "\"" + line.text().strip() + "\" was printed", locator.display(line.where()),
                "As soon as anyOf completes, cancel every task that is not done (task.cancel(false)); print done lines"
                        + " only after the wait.");
    }

    public static String hintFixThreeLate() {
        return "Report the first result as soon as anyOf completes, and return without waiting for the other tasks.";
    }

    public static String hintFixThreeLeftPending() {
        return "Start the tasks with EventLoop.createTask and cancel those still pending after anyOf:"
                + " cancelling a task drops its waits.";
    }

    private static final String NESTED_RUN = org.lessons.kit.EventLoop.NESTED_RUN_MESSAGE;

    // --- alter-1, alter-2, alter-3, fix-2 ---------------------------------------------------------------

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
        return new Feedback(bound.what() + ": at least " + seconds(bound.nominalSeconds()) + " lesson seconds",
                seconds(bound.measuredSeconds()) + " lesson seconds: the total came before every task had ended",
                locator.display(bound.where()), next);
    }

    public static String nextWaitForEveryTask() {
        return "Wait for every task to end, the failing one included, before you print the total.";
    }

    /** A printed total that is neither of the measured spans (first start line, or section header, to it). */
    public static Feedback printedTotalNotMeasured(String label, String printedLine, double fromStart, double fromHeader,
                                                   String scenario, String where) {
        String measured = Math.abs(fromHeader - fromStart) < 0.05 ? "about " + seconds(fromStart)
                : "between " + seconds(fromStart) + " and " + seconds(fromHeader);
        return new Feedback("\"" + label + "\" in " + scenario + " to show the measured total, " + measured
                        + " lesson seconds", "\"" + printedLine + "\"", where,
                "Measure the total with EventLoop.time() before and after, and print that number; never a constant"
                        + " nor one computed from the durations (a slow machine makes every wait end late).");
    }

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
        ChildEvent.Finished end = run.finished().orElseThrow();
        String exception = end.exception().substring(end.exception().lastIndexOf('.') + 1);
        return new Feedback(run.scenario().label() + " to complete although one task fails",
                "the failing task's " + exception + " (\"" + end.message() + "\") escaped and ended the whole group",
                locator.display(end.where()), next);
    }

    public static String nextKeepExceptionInSlot() {
        return "Give each task's future its own handle((value, error) -> error == null ? value : error), "
                + "so that the exception becomes that task's result.";
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

    /** The failing task's error line is missing from a run. */
    public static Feedback missingErrorLine(String expected, String scenario) {
        return new Feedback("the line \"" + expected + "\" from " + scenario, "no such line", "",
                "Print the error line in the failing task's own handler, as soon as it fails.");
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
