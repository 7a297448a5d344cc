package org.lessons.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lessons.grader.feedback.LessonApiWording;
import org.lessons.grader.isolation.Bubblewrap;
import org.lessons.grader.isolation.ChildJvm;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.Sandbox;
import org.lessons.grader.isolation.Unconfined;
import org.lessons.grader.launching.GradingLauncher;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.grader.phases.PhaseTimes;
import org.lessons.grader.phases.Ticker;
import org.lessons.grader.scoring.RunTimeline;
import org.lessons.grader.report.Timeline;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Disclosure;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;
import org.lessons.grader.submission.Submission;

/** Grades one submission: the entry point shared by the command line and the grader's own tests. */
public final class Grading {

    /**
     * What to grade and how.
     *
     * @param sourceRoot the learner's source root, such as {@code exercises/src/main/java}
     * @param lessonSecond how long one lesson second lasts while grading
     * @param tasks the task ids to grade; empty for all
     * @param workDirectory where compiled classes and child working directories go
     * @param workingDirectory what paths in messages are relative to
     * @param parallelism how many tasks are graded at once
     * @param seed the grading's seed: every hidden task list is drawn from it, so it reproduces a whole grading
     * @param classArchive whether child JVMs share a class-data archive of the harness (see {@link ChildJvm})
     * @param sandbox whether grading may go on without a sandbox, as a practice grade
     * @param disclosure what the grade shows of the checks hidden until the grades are published
     */
    public record Options(Path sourceRoot, Duration lessonSecond, Set<String> tasks, Path workDirectory,
                          Path workingDirectory, int parallelism, long seed, boolean classArchive,
                          Sandbox.Requirement sandbox, Disclosure disclosure) {
        public Options {
            sourceRoot = sourceRoot.toAbsolutePath().normalize();
            Objects.requireNonNull(lessonSecond, "lessonSecond");
            tasks = Set.copyOf(tasks);
            workDirectory = workDirectory.toAbsolutePath().normalize();
            workingDirectory = workingDirectory.toAbsolutePath().normalize();
            Objects.requireNonNull(sandbox, "sandbox");
            Objects.requireNonNull(disclosure, "disclosure");
            if (parallelism < 1) {
                throw new IllegalArgumentException("grade at least one task at a time, not " + parallelism);
            }
        }

        /**
         * The options with child JVMs sharing a class-data archive, sandboxed where the machine can, and every
         * verdict shown, as they are unless told otherwise.
         */
        public Options(Path sourceRoot, Duration lessonSecond, Set<String> tasks, Path workDirectory,
                       Path workingDirectory, int parallelism, long seed) {
            this(sourceRoot, lessonSecond, tasks, workDirectory, workingDirectory, parallelism, seed, true,
                    Sandbox.Requirement.PREFER, Disclosure.FULL);
        }

    }

    /**
     * A finished grading.
     *
     * @param grade the points, and each task's timelines
     * @param compiledTasks the ids of the graded tasks whose file compiled; none means nothing could be run at all
     * @param phases where the grading's time went
     */
    public record Result(Grade grade, Set<String> compiledTasks, PhaseTimes phases) {

        public Result {
            compiledTasks = Set.copyOf(compiledTasks);
        }

        /** The ASCII rows of each task's timelines, by task id, as the console and {@code grade.json} show them. */
        public Map<String, List<String>> timelines() {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (TaskGrade task : grade.tasks()) {
                if (!task.timelines().isEmpty()) {
                    rows.put(task.id(), Timeline.render(task.timelines()));
                }
            }
            return rows;
        }
    }

    /** The options required a sandbox, and this machine cannot make one. */
    public static final class SandboxRequired extends RuntimeException {
        SandboxRequired(String why) {
            super("grading requires a sandbox for the learner's code, and there is none: " + why);
        }
    }

    private Grading() {
    }

    public static Result run(Options options, Consumer<CheckOutcome> progress) {
        return run(options, progress, new PhaseClock(Ticker.system()));
    }

    /**
     * Grades, adding the time of each phase to {@code clock}, whose ticker also times the whole grading.
     *
     * @throws SandboxRequired when the options require a sandbox and this machine cannot make one
     */
    public static Result run(Options options, Consumer<CheckOutcome> progress, PhaseClock clock) {
        long started = clock.now();
        Sandbox sandbox = options.sandbox() == Sandbox.Requirement.OFF ? new Unconfined("turned off for this grading")
                : Bubblewrap.detect();
        if (options.sandbox() == Sandbox.Requirement.REQUIRE && !sandbox.confines()) {
            throw new SandboxRequired(sandbox.description());
        }
        ChildJvm jvm = ChildJvm.forThisJvm(options.lessonSecond(), options.workDirectory().resolve("work"), clock,
                sandbox, options.classArchive() ? Optional.of(ChildJvm.archiveCache(options.workDirectory()))
                        : Optional.empty());
        Path kit = jvm.harnessClasspathEntry(org.lessons.kit.EventLoop.class);
        Set<LessonTask> graded = options.tasks().isEmpty() ? EnumSet.allOf(LessonTask.class)
                : options.tasks().stream().map(LessonTask::byId).flatMap(Optional::stream)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(LessonTask.class)));
        Submission submission = new Submission(options.sourceRoot(), options.workDirectory(), jvm, List.of(kit),
                options.workingDirectory(), graded, options.seed(), clock);
        submission.prepareInBackground();
        // The progress lines never tell a hidden verdict, whatever the grade shows: they land in logs the learner may
        // read (Gradescope shows the tail of a failed grading's log at once).
        Disclosure disclosure = options.disclosure();
        List<CheckOutcome> outcomes = new GradingLauncher().grade(submission, options.tasks(), options.parallelism(),
                outcome -> progress.accept(Disclosure.WITHHOLD_HIDDEN.apply(outcome)));
        Map<String, List<RunTimeline>> timelines = clock.time(Phase.REPORTS, () -> timelines(submission));
        Grade grade = Grade.of(options.workingDirectory().toAbsolutePath().normalize()
                        .relativize(options.sourceRoot().toAbsolutePath().normalize()).toString(),
                options.lessonSecond(), options.seed(), new Confinement(sandbox.confines(), sandbox.description()),
                outcomes, Duration.ofNanos(clock.now() - started))
                .withNotes(submission.ignoredFiles().stream()
                        .map(file -> LessonApiWording.ignoredFile(file, LessonTask.PACKAGE)).toList()).withTimelines(timelines).disclosed(disclosure);
        Optional<Duration> cpu = ProcessHandle.current().info().totalCpuDuration();
        Set<String> compiled = grade.tasks().stream().map(TaskGrade::id)
                .filter(id -> LessonTask.byId(id).map(task -> submission.compilation(task).succeeded()).orElse(false))
                .collect(Collectors.toSet());
        return new Result(grade, compiled, new PhaseTimes(clock.spent(), options.parallelism(), cpu));
    }

    private static Map<String, List<RunTimeline>> timelines(Submission submission) {
        Map<String, List<RunTimeline>> timelines = new LinkedHashMap<>();
        for (LessonTask task : LessonTask.values()) {
            submission.runsOf(task).stream()
                    .filter(ChildRun::returned)
                    .findFirst()
                    .map(Timeline::of)
                    .filter(rows -> !rows.isEmpty())
                    .ifPresent(rows -> timelines.put(task.id(), rows));
        }
        return timelines;
    }
}
