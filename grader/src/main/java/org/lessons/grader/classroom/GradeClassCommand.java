package org.lessons.grader.classroom;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lessons.grader.isolation.Bubblewrap;
import org.lessons.grader.isolation.Sandbox;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.phases.Ticker;
import org.lessons.kit.LessonTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grade-class}: grades every learner's submission in a folder and writes {@code grades.csv}, each learner's
 * {@code grade.json} and {@code class.html}; {@code grade-class merge} combines the results of shards.
 */
@Command(name = "grade-class", mixinStandardHelpOptions = true, subcommands = MergeCommand.class,
        description = {"Grades a class: every entry of FOLDER is one learner's submission (a repository or source root "
                + "directory, a .zip, a git .bundle or repository), graded sandboxed, in its own work directory, "
                + "several at once.", "Writes OUT/grades.csv, OUT/class.html and OUT/learners/<learner>/grade.json; "
                + "learners already graded are skipped (see --restart)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the class was graded (whatever the scores, and whether some learners could not be graded)",
                "2:usage error", "3:the grader itself failed",
                "4:a sandbox is required (the default) and this machine cannot make one"})
public final class GradeClassCommand implements Callable<Integer> {

    static final int GRADER_FAILED = 3;
    static final int NO_SANDBOX = 4;

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "The folder of submissions, one entry per learner.")
    Path folder;

    @Option(names = "--out", defaultValue = "class-grades",
            description = "Where grades.csv, class.html and learners/ go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", defaultValue = "target/class-grading",
            description = "Where each learner's work directory goes while they are graded (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--jobs", defaultValue = "2",
            description = "How many learners to grade at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--task-jobs", defaultValue = "1",
            description = "How many tasks of one learner to grade at once (default: ${DEFAULT-VALUE}).")
    int taskJobs;

    @Option(names = "--tasks", split = ",", defaultValue = "",
            description = "Grade only these task ids, comma separated (default: all). Ids: ${COMPLETION-CANDIDATES}")
    Set<String> tasks;

    @Option(names = "--lesson-second", defaultValue = "100ms",
            description = "How long one lesson second lasts while grading (default: ${DEFAULT-VALUE}).")
    String lessonSecond;

    @Option(names = "--seed", description = "Grade every learner with this seed (default: a new one for each, "
            + "written in their grade.json).")
    Long seed;

    @Option(names = "--shard", defaultValue = "1/1", description = "Grade only share K of N, such as 2/4: of the "
            + "learners sorted by id, every Nth from the Kth (default: ${DEFAULT-VALUE}, the whole class).")
    String shard;

    @Option(names = "--restart", description = "Grade every learner again, even those whose grade is already there.")
    boolean restart;

    @Option(names = "--require-sandbox", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Refuse to grade unless the learners' code runs in the bubblewrap sandbox (default); "
                    + "--no-require-sandbox grades anyway, as practice grades, where there is no sandbox.")
    boolean requireSandbox;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;
    private final boolean terminal;
    private final Ticker ticker;

    GradeClassCommand(PrintStream err, boolean terminal, Ticker ticker) {
        this.err = err;
        this.terminal = terminal;
        this.ticker = ticker;
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.out, System.err, System.console() != null, Ticker.system()).execute(args));
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, boolean terminal, Ticker ticker) {
        CommandLine line = new CommandLine(new GradeClassCommand(err, terminal, ticker));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("grader error: " + e);
            err.println("The class could not be graded; what was graded is kept, and a new run goes on from there.");
            return GRADER_FAILED;
        });
        return line;
    }

    @Override
    public Integer call() throws Exception {
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage("no folder of submissions " + (folder == null ? "given" : folder.toString())
                    + "; pass the folder that holds one entry per learner, or use 'grade-class merge'");
        }
        ClassGrading.Settings settings = settings();
        Shard share = parseShard();
        if (settings.sandbox() == Sandbox.Requirement.REQUIRE) {
            Sandbox sandbox = Bubblewrap.detect();
            if (!sandbox.confines()) {
                err.println("grading a class requires a sandbox for the learners' code, and there is none: "
                        + sandbox.description());
                err.println("Install bubblewrap (apt-get install bubblewrap) and allow unprivileged user namespaces, "
                        + "or run as root; --no-require-sandbox grades anyway, as practice grades.");
                return NO_SANDBOX;
            }
        }
        List<Learner> whole = ClassFolder.learners(folder);
        List<Learner> learners = share.of(whole);
        ClassResults results = new ClassResults(out);
        Files.createDirectories(results.learners());
        ShardManifest.of(share, whole).write(out);
        if (org.lessons.grader.lesson.ExplainKey.load().isEmpty()) {
            err.println("warning: this grader has no explain answer key (a student template's grader?): every explain "
                    + "answer is withheld, and no learner gets its points");
        }
        err.println("Grading " + learners.size() + " learners of " + folder + (share.equals(Shard.ALL) ? ""
                : " (shard " + share + ")") + ", " + settings.jobs() + " at once, into " + out + "...");
        ClassGrading.Tally tally = new ClassGrading(settings, results, Staging.CAPPED)
                .grade(learners, total -> new Progress(err, terminal, ticker, total));
        ClassOutputs.write(results);
        err.println(tally.graded() + " graded, " + tally.skipped() + " already graded (skipped), " + tally.failed()
                + " could not be graded; " + out.resolve("grades.csv") + " and " + out.resolve("class.html") + " written");
        return 0;
    }

    private ClassGrading.Settings settings() {
        Set<String> chosen = tasks.stream().map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        Set<String> known = Arrays.stream(LessonTask.values()).map(LessonTask::id).collect(Collectors.toSet());
        for (String task : chosen) {
            if (!known.contains(task)) {
                throw usage("unknown task '" + task + "'; the tasks are " + Arrays.stream(LessonTask.values())
                        .map(LessonTask::id).toList());
            }
        }
        Duration second;
        try {
            second = LessonTime.parse(lessonSecond);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (jobs < 1 || taskJobs < 1) {
            throw usage("--jobs and --task-jobs must be 1 or more, got " + jobs + " and " + taskJobs);
        }
        return new ClassGrading.Settings(second, chosen, work, jobs, taskJobs, Optional.ofNullable(seed),
                requireSandbox ? Sandbox.Requirement.REQUIRE : Sandbox.Requirement.PREFER, restart);
    }

    private Shard parseShard() {
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
