package org.lessons.grader.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.lessons.grader.Grading;
import org.lessons.grader.formats.CourseEnvironment;
import org.lessons.grader.formats.GradedSubmission;
import org.lessons.grader.formats.ResultFormats;
import org.lessons.grader.isolation.Sandbox;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.grader.phases.PhaseTimes;
import org.lessons.grader.phases.Ticker;
import org.lessons.grader.report.ConsoleReport;
import org.lessons.grader.report.JsonReport;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Disclosure;
import org.lessons.kit.LessonTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code grade}: grades a submission's sources, prints the report and writes {@code grade.json}.
 *
 * <p>Exit codes: 0 when graded (whatever the score), 1 when the score is below {@code --min-score},
 * 2 for a usage error, 3 when the grader itself failed, 4 when a sandbox is required and there is none.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades the Async Basics lesson: compiles each task's file, runs it isolated, prints the grade.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graded (any score, unless --min-score says otherwise)", "1:score below --min-score",
                "2:usage error", "3:the grader itself failed",
                "4:--require-sandbox, and this machine cannot sandbox the learner's code (no grade is written)"})
public final class GradeCommand implements Callable<Integer> {

    static final int BELOW_MIN_SCORE = 1;
    static final int GRADER_FAILED = 3;
    static final int NO_SANDBOX = 4;

    @Option(names = "--submission", defaultValue = "exercises/src/main/java",
            description = "The source root to grade (default: ${DEFAULT-VALUE}).")
    Path submission;

    @Option(names = "--json", defaultValue = "target/grade.json",
            description = "Where to write the machine-readable grade (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--lesson-second", defaultValue = "100ms",
            description = "How long one lesson second lasts while grading, e.g. 100ms or 1s (default: ${DEFAULT-VALUE}).")
    String lessonSecond;

    @Option(names = "--min-score", defaultValue = "0",
            description = "Exit with code 1 when the score is below this (default: ${DEFAULT-VALUE}: never).")
    int minScore;

    @Option(names = "--tasks", split = ",", defaultValue = "",
            description = "Grade only these task ids, comma separated (default: all). Ids: ${COMPLETION-CANDIDATES}")
    Set<String> tasks;

    @Option(names = "--work", defaultValue = "target/grading",
            description = "Where compiled classes and run directories go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--jobs", defaultValue = "2",
            description = "How many tasks to grade at once; 1 grades one after another (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--seed", description = "The grading's seed: the hidden task lists are drawn from it, so the same"
            + " seed repeats a grading (default: a new random seed, printed with the grade).")
    String seed;

    @Option(names = "--quiet", description = "Print only the total line.")
    boolean quiet;

    @Option(names = "--class-archive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Start child JVMs with a class-data archive of the harness, made once per JDK and build "
                    + "(default); --no-class-archive starts them without, to compare or to diagnose.")
    boolean classArchive;

    @Option(names = "--require-sandbox", arity = "0..1", fallbackValue = "true", defaultValue = "",
            description = "true: refuse to grade unless the learner's code runs in the bubblewrap sandbox; false: grade "
                    + "anyway, as a practice grade, where there is no sandbox (default: true when the CI environment "
                    + "variable is set, as on every CI platform, otherwise false).")
    String requireSandbox;

    @Option(names = "--sandbox", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the learner's code in the bubblewrap sandbox where this machine can (default); "
                    + "--no-sandbox runs it unconfined, a practice grade, to compare costs or to diagnose the sandbox.")
    boolean useSandbox;

    @Option(names = "--formats", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also write every platform's result (Classroom 50, Gradescope, PrairieLearn, JUnit XML, "
                    + "summary.md, report.html) to a directory beside the --json file, named after it: target/grade/ "
                    + "for target/grade.json (default); --no-formats writes grade.json only.")
    boolean formats;

    @Option(names = "--withhold-hidden", description = "Withhold the verdicts of the checks hidden until the grades "
            + "are published (the explain answers) from every output, and leave their points out: for a grading whose "
            + "outputs the learner can read, such as the workflow in their repository (default: show every verdict).")
    boolean withholdHidden;

    @Option(names = "--checkout", description = "The git checkout whose HEAD commit is graded, for Classroom 50's "
            + "datetime, when the submission is a copy of its sources (default: the submission's directory).")
    Path checkout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    GradeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.out, System.err).execute(args));
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new GradeCommand(out, err));
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("grader error: " + e);
            err.println("The grade could not be computed. Report this, with the lines above, to your instructor.");
            return GRADER_FAILED;
        });
        return line;
    }

    @Override
    public Integer call() throws Exception {
        // A grade file from before is gone at once: a grading that fails, or never begins, leaves none, not a stale one.
        Files.deleteIfExists(json);
        clearFormats();
        Set<String> chosen = tasks.stream().map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        Set<String> known = Arrays.stream(LessonTask.values()).map(LessonTask::id).collect(Collectors.toSet());
        for (String task : chosen) {
            if (!known.contains(task)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown task '" + task
                        + "'; the tasks are " + Arrays.stream(LessonTask.values()).map(LessonTask::id).toList());
            }
        }
        Duration second;
        try {
            second = LessonTime.parse(lessonSecond);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more, got " + jobs);
        }
        if (!Files.isDirectory(submission)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no source directory " + submission
                    + "; run from the lesson's root or pass --submission");
        }
        long gradingSeed;
        try {
            gradingSeed = seed == null || seed.isBlank() ? ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)
                    : Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seed must be a whole number, got '" + seed + "'");
        }
        Sandbox.Requirement sandbox = sandboxRequirement();
        Path here = Path.of("").toAbsolutePath();
        // A grade file is always this grading's: an earlier one never stays behind if this one cannot be written.
        Files.deleteIfExists(json);
        err.println("Grading " + submission + " (one lesson second = " + second.toMillis() + " ms)...");
        PhaseClock clock = new PhaseClock(Ticker.system());
        Grading.Result result;
        try {
            result = Grading.run(new Grading.Options(submission, second, chosen, work, here, jobs, gradingSeed,
                    classArchive, sandbox, withholdHidden ? Disclosure.WITHHOLD_HIDDEN : Disclosure.FULL),
                    this::progress, clock);
        } catch (Grading.SandboxRequired e) {
            err.println(e.getMessage());
            err.println("Install bubblewrap (apt-get install bubblewrap) and allow unprivileged user namespaces, or run "
                    + "as root; --require-sandbox=false grades anyway, as a practice grade.");
            return NO_SANDBOX;
        }
        // In GitHub Actions every line of the job's log is read for workflow commands ("##[error]" anywhere in it), and
        // the report quotes the learner's output: the runner reads none of it, until a token the learner cannot know.
        String resume = "true".equalsIgnoreCase(System.getenv().getOrDefault("GITHUB_ACTIONS", "").strip())
                ? java.util.UUID.randomUUID().toString() : "";
        clock.time(Phase.REPORTS, () -> {
            if (!resume.isEmpty()) {
                out.println("::stop-commands::" + resume);
            }
            try {
                if (!quiet) {
                    new ConsoleReport(out).print(result.grade(), result.timelines());
                } else {
                    out.println("TOTAL: " + result.grade().score() + "/" + result.grade().maxScore());
                }
            } finally {
                if (!resume.isEmpty()) {
                    out.println("::" + resume + "::");
                }
            }
            return null;
        });
        PhaseTimes phases = result.phases().withSpent(clock.spent());
        new JsonReport().write(result.grade(), result.timelines(), phases, json);
        out.println("grade written to " + json);
        if (formats) {
            writeFormats(result);
        }
        return result.grade().score() < minScore ? BELOW_MIN_SCORE : 0;
    }

    /** The directory of every platform's result: beside the grade file, named after it ({@code target/grade/}). */
    static Path formatsDirectory(Path json) {
        String name = json.getFileName().toString();
        String base = name.endsWith(".json") && name.length() > 5 ? name.substring(0, name.length() - 5) : name + ".d";
        return json.toAbsolutePath().resolveSibling(base);
    }

    private void clearFormats() {
        try {
            new ResultFormats().clear(formatsDirectory(json));
        } catch (java.io.IOException | RuntimeException e) {
            err.println("could not remove the earlier grading's results under " + formatsDirectory(json) + ": " + e);
        }
    }

    /**
     * Writes every platform's result after grade.json, reading the platforms' environment here and nowhere else. A
     * format that cannot be written is named on stderr; the others, grade.json and the exit code stay as they are.
     */
    private void writeFormats(Grading.Result result) {
        Path directory = formatsDirectory(json);
        try {
            java.util.Map<String, String> environment = System.getenv();
            GradedSubmission graded = new GradedSubmission(result.grade(), result.compiledTasks(),
                    java.time.Clock.systemUTC().instant());
            CourseEnvironment course = CourseEnvironment.from(environment, environment.containsKey("CLASSROOM")
                    ? CommitDate.of(checkout != null ? checkout : submission) : java.util.Optional.empty(), graded.gradedAt());
            ResultFormats writer = new ResultFormats();
            ResultFormats.Written written = writer.write(graded, course, directory);
            written.notWritten().forEach(line -> err.println("results for courses: " + line));
            if (course.githubActions()) {
                writer.annotations(graded).forEach(out::println);
            }
            out.println("results for courses written to " + directory + " (" + written.written().size() + " of them)");
        } catch (RuntimeException e) {
            err.println("results for courses could not be written to " + directory + " (grade.json is written): " + e);
        }
    }

    private Sandbox.Requirement sandboxRequirement() {
        String chosen = requireSandbox.strip().toLowerCase(java.util.Locale.ROOT);
        boolean required = switch (chosen) {
            case "true" -> true;
            case "false" -> false;
            case "" -> !System.getenv().getOrDefault("CI", "").isBlank()
                    && !"false".equalsIgnoreCase(System.getenv("CI"));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--require-sandbox is true or false, got '" + requireSandbox + "'");
        };
        if (!useSandbox && "true".equals(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--no-sandbox and --require-sandbox contradict each other");
        }
        return !useSandbox ? Sandbox.Requirement.OFF : required ? Sandbox.Requirement.REQUIRE : Sandbox.Requirement.PREFER;
    }

    private void progress(CheckOutcome outcome) {
        err.printf("  %-9s %-4s %s%n", outcome.task(), switch (outcome.status()) {
            case PASSED -> "ok";
            case FAILED -> "FAIL";
            case INCONCLUSIVE -> "??";
            case WITHHELD -> "--";
        }, outcome.name());
    }
}
