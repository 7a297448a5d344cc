package org.lessons.grader.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.Grading;
import org.lessons.grader.checks.GradingFixture;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.report.JsonReport;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a submission does, the grade comes out right and on time. Each case under
 * {@code grader/src/test/hostile/<case>} overlays the reference solutions with one hostile file (a file
 * named {@code X.java.absent} removes {@code X.java}); the test grades it and checks the wall time, the
 * affected task's score and failed checks, that every other graded task kept full marks, and that the
 * feedback names the cause.
 */
class HostileSubmissionTests {

    /** A run cut at its hard limit: the limit of the longest scenario plus compiling and the other checks. */
    private static final Duration ENDLESS_BOUND = Duration.ofSeconds(60);
    /** Anything else, finishing on its own. */
    private static final Duration BOUND = Duration.ofSeconds(40);
    /** A submission that loads the CPU itself: every timing check retries, each run slowed down. */
    private static final Duration SELF_LOAD_BOUND = Duration.ofSeconds(150);
    /** What each further graded task (run on the reference code) may add. */
    private static final Duration PER_OTHER_TASK = Duration.ofSeconds(25);

    private static final Set<String> ALL_CHECKS = Set.of("*");

    /** What no grading may change: the grader's and kit's classes, the solutions, the children's cache. */
    private static final List<Path> PROTECTED = Stream.of("grader/target/classes", "kit/target/classes", "solutions",
            "grader/target/child-jvm").map(GradingFixture.root()::resolve).toList();

    /**
     * One hostile behaviour.
     *
     * @param name the directory under {@code grader/src/test/hostile}
     * @param task the task whose file is hostile
     * @param failed the checks of that task that must fail; {@link #ALL_CHECKS} for every one
     * @param exactly whether exactly those fail and the others pass; otherwise at least those fail and none
     *     is inconclusive
     * @param allTasks whether to grade every task of the lesson (slow) rather than the task and {@code run}
     * @param bound how long grading may take when only the task is graded
     * @param cause what the feedback of the task's first failed check must contain
     */
    record Case(String name, LessonTask task, Set<String> failed, boolean exactly, boolean allTasks, Duration bound,
                List<String> cause) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every case, or only those named in {@code -Dhostile.only=a,b}. */
    static Stream<Arguments> cases() {
        Set<String> only = Set.of(System.getProperty("hostile.only", "").split(",")).stream()
                .filter(name -> !name.isBlank()).collect(Collectors.toSet());
        return allCases().filter(args -> only.isEmpty() || only.contains(((Case) args.get()[0]).name()));
    }

    private static Stream<Arguments> allCases() {
        return Stream.of(
                endless("busy-loop", true, "time limit", "busy in an endless loop", "Run.java:"),
                endless("sleep-loop", false, "time limit", "asleep in Thread.sleep", "Run.java:"),
                endless("deadlock", false, "time limit", "CompletableFuture.join", "deadlock", "Run.java:"),
                // The allow-list rule stops these before they run: the task fails at the learner's line, in one sentence.
                forbidden("system-exit", 47, "calls java.lang.System.exit", JVM),
                forbidden("runtime-halt", true, 47, "calls java.lang.Runtime.getRuntime", JVM),
                zero("uncaught-exception", false, "IllegalStateException", "hostile: task C refuses to run", "Run.java:"),
                zero("static-initializer", false, "static initializer", "NumberFormatException", "Run.java:"),
                zero("missing-class", false, "class asyncbasics.Run was not found"),
                some("wrong-signature", Set.of("printedTotalsAreMeasured", "resultsComeInArgumentOrder"),
                        "method Run.concurrent(List<Job>) was not found"),
                zero("compile-error", true, "compile error", "';' expected",
                        "solutions/src/main/java/asyncbasics/Run.java:23"),
                full("compile-error-elsewhere"),
                zero("out-of-memory", true, "ran out of memory"),
                zero("stack-overflow", false, "StackOverflowError", "Run.java:"),
                forbidden("output-flood", 72, "calls java.io.PrintStream.close", FILES),
                // Its thread sleeps with Thread.sleep, which the static rule flags wherever it is; nothing else fails.
                some("leaked-thread", Set.of("noBlockingCallInTheCode"), "Thread.sleep"),
                forbidden("reads-stdin", 69, "calls java.io.InputStream.read", FILES),
                forbidden("fake-grade", 43, "creates a java.io.FileOutputStream", FILES),
                // Its own spinning threads make every wake-up late; that must not pass for a loaded machine. Every
                // late timing check is measured again (twice), each run slowed by the hog: hence the longer bound.
                Arguments.of(new Case("self-inflicted-load", LessonTask.RUN,
                        Set.of("concurrentTakesTheLongest", "linesComeInTheOriginalOrder"), false, false, SELF_LOAD_BOUND,
                        List.of("the concurrent section"))),
                forbidden("grader-tamper", true, 44, "calls java.nio.file.Files.writeString", FILES),
                forbidden("reflection-steals-token", 25, "calls java.lang.Class.getDeclaredFields",
                        "reflection is not part of this lesson, and the grader forbids it so that no program can reach into"
                                + " the grader"),
                forbidden("unsafe", 24, "calls sun.misc.Unsafe.getUnsafe", INTERNALS),
                forbidden("heap-dump", 24, "calls java.lang.management.ManagementFactory.getPlatformMXBean", INTERNALS),
                forbidden("attach-api", 24, "calls com.sun.tools.attach.VirtualMachine.attach", INTERNALS),
                forbidden("writes-file", 24, "calls java.nio.file.Files.writeString", FILES),
                forbidden("double-fork", 24, "calls java.lang.ProcessBuilder.start",
                        "starting or reaching other processes is not part of this lesson"),
                forbidden("system-seterr", 24, "calls java.lang.System.setErr", JVM),
                forbidden("nano-time", 24, "calls java.lang.System.nanoTime",
                        "reading the system clock is not part of this lesson: it bypasses lesson time"),
                // Printing the kit's warning text is not the kit warning: the grader hears the kit itself.
                task("prints-kit-warning", LessonTask.BREAK_1, Set.of("kitWarnsThatNobodyAwaited"),
                        "with nothing left pending: no warning", "Printing the warning's text"),
                // Escape sequences in the learner's output are shown escaped in the report (see assertPrintedAsData).
                some("ansi-output", Set.of("linesComeInTheOriginalOrder"), "TOTAL: 20/20"),
                // Strange exceptions are reported as what they are, at once, at the learner's line.
                zero("throwing-message", false, "Run$1", "its getMessage() threw java.lang.ArithmeticException",
                        "Run.java:"),
                zero("cyclic-cause", false, "Run$", ": hostile: a", "Run.java:"),
                zero("huge-message", false, "IllegalStateException: hostile: xxxxxxxx", "Run.java:"));
    }

    private static Arguments task(String name, LessonTask task, Set<String> failed, String... cause) {
        return Arguments.of(new Case(name, task, failed, true, false, BOUND, List.of(cause)));
    }

    private static Arguments endless(String name, boolean allTasks, String... cause) {
        return Arguments.of(new Case(name, LessonTask.RUN, ALL_CHECKS, true, allTasks, ENDLESS_BOUND, List.of(cause)));
    }

    private static Arguments zero(String name, boolean allTasks, String... cause) {
        return Arguments.of(new Case(name, LessonTask.RUN, ALL_CHECKS, true, allTasks, BOUND, List.of(cause)));
    }

    private static final String JVM = "ending or changing the JVM that runs the program";
    private static final String FILES = "files, streams and standard input are not part of this lesson";
    private static final String INTERNALS = "inspecting or controlling the JVM (management beans, heap dumps, the attach"
            + " API, Unsafe) is not part of this lesson";

    /** The allow-list rule fails every check of the task, at the line of the first forbidden use, in one sentence. */
    private static Arguments forbidden(String name, int line, String use, String why) {
        return forbidden(name, false, line, use, why);
    }

    private static Arguments forbidden(String name, boolean allTasks, int line, String use, String why) {
        return zero(name, allTasks, "asyncbasics/Run.java:" + line + " " + use + ": " + why,
                "solutions/src/main/java/asyncbasics/Run.java:" + line);
    }

    private static Arguments some(String name, Set<String> failed, String... cause) {
        return Arguments.of(new Case(name, LessonTask.RUN, failed, true, false, BOUND, List.of(cause)));
    }

    private static Arguments full(String name) {
        return Arguments.of(new Case(name, LessonTask.RUN, Set.of(), true, false, BOUND, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileSubmissionCostsOnlyItsTaskAndIsGradedInTime(Case hostile) throws IOException, InterruptedException {
        Path submission = build(hostile.name());
        Set<String> tasks = hostile.allTasks() ? Set.of() : new java.util.TreeSet<>(List.of(hostile.task().id(), LessonTask.RUN.id()));
        int graded = hostile.allTasks() ? LessonTask.values().length : tasks.size();
        Path work = GradingFixture.root().resolve("grader/target/hostile").resolve(hostile.name());

        ProjectFiles before = ProjectFiles.of(PROTECTED);
        long started = System.nanoTime();
        Grading.Result result = Grading.run(new Grading.Options(submission, Duration.ofMillis(100), tasks, work,
                GradingFixture.root(), 2, 1), outcome -> { });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertNothingChanged(before, ProjectFiles.of(PROTECTED));
        System.out.printf("hostile %-24s graded %d task(s) in %5.1f s, %s scored %d/%d%n", hostile.name(), graded,
                took.toMillis() / 1000.0, hostile.task().id(), task(result.grade(), hostile.task()).score(),
                task(result.grade(), hostile.task()).maxScore());

        assertThat(took).as("grading time").isLessThan(hostile.bound().plus(PER_OTHER_TASK.multipliedBy(graded - 1)));
        assertAffectedTask(hostile, task(result.grade(), hostile.task()));
        assertOtherTasksKeptFullMarks(hostile, result.grade(), hostile.allTasks()
                ? Arrays.stream(LessonTask.values()).map(LessonTask::id).collect(Collectors.toSet()) : tasks);
        if (hostile.name().equals("grader-tamper")) {
            assertNothingPlanted(result, work);
        }
        if (hostile.name().equals("ansi-output")) {
            assertPrintedAsData(result);
        }
    }

    /** The console report shows the learner's escape sequences escaped: the only total line is the grader's. */
    private static void assertPrintedAsData(Grading.Result result) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new org.lessons.grader.report.ConsoleReport(new java.io.PrintStream(bytes, true,
                java.nio.charset.StandardCharsets.UTF_8)).print(result.grade(), result.timelines());
        String report = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\b").doesNotContain("\u0007")
                .doesNotContain("\u009b").contains("\\e[2J\\e[HTOTAL: 20/20\\b\\e]0;graded\\u0007\\u009b2K");
        assertThat(report.lines().filter(line -> line.startsWith("TOTAL:")).toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("TOTAL: " + result.grade().score() + "/"));
    }

    /**
     * Tasks whose checks judge a program's {@code main} (and Break 3's {@code nestedRun}). Explain and Mastery have
     * none: their checks judge the values {@code answers()} and {@code predict()} return, which an empty method body
     * cannot get right (the stub tests show it).
     */
    private static final List<LessonTask> MAIN_TASKS = List.of(LessonTask.RUN, LessonTask.BREAK_1, LessonTask.BREAK_2,
            LessonTask.BREAK_3, LessonTask.FIX_1, LessonTask.FIX_2, LessonTask.FIX_3, LessonTask.ALTER_1,
            LessonTask.ALTER_2, LessonTask.ALTER_3);

    /**
     * A program that does nothing earns nothing: the reference solutions with every {@code main} emptied (and Break 3's
     * {@code nestedRun}) score 0 on every check of every such task, none of them inconclusive: no check passes on the
     * absence of what it looks for (a blocking call, a warning) in a run in which nothing happened.
     */
    @org.junit.jupiter.api.Test
    void anEmptyMainEarnsNoPointOnAnyCheck() {
        String only = System.getProperty("hostile.only", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || only.contains("empty-main"),
                "not among -Dhostile.only");
        Path submission = build("empty-main");
        Set<String> tasks = MAIN_TASKS.stream().map(LessonTask::id).collect(Collectors.toSet());
        Path work = GradingFixture.root().resolve("grader/target/hostile/empty-main");

        ProjectFiles before = ProjectFiles.of(PROTECTED);
        long started = System.nanoTime();
        Grading.Result result = Grading.run(new Grading.Options(submission, Duration.ofMillis(100), tasks, work,
                GradingFixture.root(), 2, 1), outcome -> { });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertNothingChanged(before, ProjectFiles.of(PROTECTED));
        System.out.printf("hostile %-24s graded %d task(s) in %5.1f s, scored %d/%d%n", "empty-main", tasks.size(),
                took.toMillis() / 1000.0, result.grade().score(), result.grade().maxScore());

        assertThat(took).as("grading time").isLessThan(BOUND.plus(PER_OTHER_TASK.multipliedBy(tasks.size() - 1)));
        assertThat(result.grade().tasks()).extracting(TaskGrade::id).containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(result.grade().tasks()).allSatisfy(task -> assertThat(task.checks()).as(task.id())
                .allSatisfy(check -> assertThat(check.status()).as(task.id() + " " + check.id())
                        .isEqualTo(CheckOutcome.Status.FAILED)));
        assertThat(result.grade().score()).isZero();
    }

    /**
     * The {@code module-info.java} an IDE offers to add, and a file outside the lesson's package (which does
     * not even compile), beside correct code: both are left out of compilation with a note, and cost nothing.
     */
    @Test
    void aModuleInfoAndAFileOutsideTheLessonsPackageAreIgnoredWithANoteNotAZero() {
        Path submission = build("module-info");
        Path work = GradingFixture.root().resolve("grader/target/hostile/module-info");
        Grading.Result result = Grading.run(new Grading.Options(submission, Duration.ofMillis(100),
                Set.of(LessonTask.RUN.id(), LessonTask.FIX_1.id()), work, GradingFixture.root(), 2, 1), outcome -> { });

        assertThat(result.grade().tasks()).hasSize(2).allSatisfy(task ->
                assertThat(task.score()).as(task.id() + "'s score").isEqualTo(task.maxScore()));
        String root = "grader/target/hostile-submissions/module-info/solutions/src/main/java/";
        assertThat(result.grade().notes()).containsExactly(
                "note: " + root + "elsewhere/Scratch.java is ignored (not graded, no points lost): the grader compiles"
                        + " only the files in asyncbasics/.",
                "note: " + root + "module-info.java is ignored (not graded, no points lost): the lesson's code is plain"
                        + " classes, not a module.");
        assertThat(new JsonReport().toJson(result.grade(), result.timelines()).get("notes"))
                .hasSize(2).allSatisfy(note -> assertThat(note.asText()).startsWith("note: " + root));
    }

    private static void assertAffectedTask(Case hostile, TaskGrade task) {
        Set<String> failed = task.checks().stream().filter(c -> c.status() == CheckOutcome.Status.FAILED)
                .map(CheckOutcome::id).collect(Collectors.toSet());
        if (hostile.failed().equals(ALL_CHECKS)) {
            assertThat(task.checks()).as("every check of " + task.id() + " fails")
                    .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckOutcome.Status.FAILED));
            assertThat(task.score()).isZero();
        } else if (!hostile.exactly()) {
            assertThat(failed).containsAll(hostile.failed());
            assertThat(task.checks()).as("no check left inconclusive")
                    .noneMatch(c -> c.status() == CheckOutcome.Status.INCONCLUSIVE);
        } else {
            assertThat(failed).containsExactlyInAnyOrderElementsOf(hostile.failed());
            assertThat(task.checks()).filteredOn(c -> !failed.contains(c.id()))
                    .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckOutcome.Status.PASSED));
        }
        if (!hostile.cause().isEmpty()) {
            List<String> feedback = task.checks().stream().filter(c -> c.status() == CheckOutcome.Status.FAILED)
                    .flatMap(c -> c.feedback().stream()).map(f -> f.render()).toList();
            assertThat(feedback).as("feedback of the failed checks").isNotEmpty()
                    .allSatisfy(text -> assertThat(text).doesNotContain("\tat "))
                    .anySatisfy(text -> assertThat(text).contains(hostile.cause()));
        }
    }

    private static void assertOtherTasksKeptFullMarks(Case hostile, Grade grade, Set<String> tasks) {
        Set<String> gradedIds = grade.tasks().stream().map(TaskGrade::id).collect(Collectors.toSet());
        assertThat(gradedIds).as("graded tasks").containsExactlyInAnyOrderElementsOf(tasks);
        for (TaskGrade other : grade.tasks()) {
            if (!other.id().equals(hostile.task().id())) {
                assertThat(other.score()).as("task " + other.id() + " (reference code): " + other.checks().stream()
                        .filter(c -> c.status() != CheckOutcome.Status.PASSED)
                        .map(c -> c.id() + " " + c.feedback().map(f -> f.render()).orElse("")).toList())
                        .isEqualTo(other.maxScore());
            }
        }
    }

    /**
     * The grade file the grader writes stays its own: it is written after the child and every process the
     * child started have ended, so a forged file written during the run, or a process left behind to
     * rewrite it, changes nothing.
     */
    private static void assertNothingPlanted(Grading.Result result, Path work) throws IOException, InterruptedException {
        Path json = work.resolve("grade.json");
        new JsonReport().write(result.grade(), result.timelines(), json);
        Thread.sleep(1_500);
        assertThat(Files.readString(json)).doesNotContain("HOSTILE-WAS-HERE")
                .contains("\"score\" : " + result.grade().score());
    }

    /**
     * No file of the grader, the kit, the reference solutions or the children's cache changed, and none was added
     * among the grader's and kit's classes or the solutions (the cache may gain files: a runtime made for the first
     * time).
     */
    private static void assertNothingChanged(ProjectFiles before, ProjectFiles after) {
        assertThat(before.changedIn(after)).as("files changed or removed by the grading").isEmpty();
        for (Path root : PROTECTED.subList(0, 3)) {
            assertThat(before.addedIn(after, root)).as("files added under " + root).isEmpty();
        }
    }

    private static TaskGrade task(Grade grade, LessonTask task) {
        return grade.tasks().stream().filter(t -> t.id().equals(task.id())).findFirst()
                .orElseThrow(() -> new AssertionError("task " + task.id() + " was not graded"));
    }

    /** A copy of the reference solutions with the case's files laid over them. */
    static Path build(String name) {
        Path root = GradingFixture.root();
        Path overlay = root.resolve("grader/src/test/hostile").resolve(name);
        Path target = root.resolve("grader/target/hostile-submissions").resolve(name).resolve("solutions/src/main/java");
        try {
            deleteTree(target.getParent().getParent().getParent());
            copyTree(GradingFixture.solutions(), target);
            try (Stream<Path> files = Files.walk(overlay)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = overlay.relativize(file);
                    String fileName = relative.getFileName().toString();
                    if (fileName.endsWith(".absent")) {
                        Files.deleteIfExists(target.resolve(relative.resolveSibling(
                                fileName.substring(0, fileName.length() - ".absent".length())).toString()));
                    } else {
                        Files.createDirectories(target.resolve(relative.toString()).getParent());
                        Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
