package org.lessons.grader.submission;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.lessons.grader.isolation.ChildJvm;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.grader.rules.ForbiddenUse;
import org.lessons.grader.rules.FoundCall;
import org.lessons.grader.rules.ImportedClasses;
import org.lessons.grader.rules.NoBlockingOnTheLoop;
import org.lessons.grader.rules.OnlyTheLessonsApi;

/**
 * The submission being graded: compiles each task's file once, runs scenarios in child JVMs and
 * remembers what every run observed, so that the checks of one task share its runs. Tasks may be
 * graded in parallel; the work of one task is serialised by that task's own lock.
 */
public final class Submission {

    /** Time a child JVM may take beyond the lesson time it needs: start-up, class loading, a loaded machine. */
    private static final Duration START_UP_ALLOWANCE = Duration.ofSeconds(10);

    private final Path sourceRoot;
    private final Path workRoot;
    private final ChildJvm jvm;
    private final List<Path> compileClasspath;
    private LessonSources lessonSources;
    private TaskCompiler compiler;
    private Optional<LessonCompiler.CompiledTogether> compiledTogether;
    private final List<LessonTask> graded;
    private final SourceLocator locator;
    private final PhaseClock clock;
    private final Map<LessonTask, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<LessonTask, Compilation> compilations = new ConcurrentHashMap<>();
    private final Map<LessonTask, List<FoundCall>> blockingCalls = new ConcurrentHashMap<>();
    private final Map<LessonTask, List<ForbiddenUse>> forbiddenUses = new ConcurrentHashMap<>();
    private final Map<LessonTask, ImportedClasses> imports = new ConcurrentHashMap<>();
    private ImportedClasses importedTogether;
    private final Map<Scenario, ChildRun> runs = new ConcurrentHashMap<>();
    private final Map<LessonTask, List<ChildRun>> runsByTask = new ConcurrentHashMap<>();
    private final Map<LessonTask, ChildRun> timedOut = new ConcurrentHashMap<>();

    private final long seed;

    /**
     * @param graded the tasks to be graded, whose files are compiled together in one pass when that changes nothing
     * @param seed the grading's seed, from which the checks draw their hidden task lists
     * @param clock where the time of compilations and static rules is added
     */
    public Submission(Path sourceRoot, Path workRoot, ChildJvm jvm, List<Path> compileClasspath, Path workingDirectory,
                      Set<LessonTask> graded, long seed, PhaseClock clock) {
        this.graded = graded.stream().sorted().toList();
        this.seed = seed;
        this.sourceRoot = sourceRoot;
        this.workRoot = workRoot;
        this.jvm = jvm;
        this.clock = clock;
        this.locator = new SourceLocator(sourceRoot, workingDirectory);
        this.compileClasspath = List.copyOf(compileClasspath);
    }

    public Path sourceRoot() {
        return sourceRoot;
    }

    /** The grading's seed: the same seed draws the same hidden task lists. */
    public long seed() {
        return seed;
    }

    public SourceLocator locator() {
        return locator;
    }

    /**
     * The task's file compiled as if on its own; cached. It comes from one pass over every graded task's file
     * when that pass stands for each task's own compilation (see {@link LessonCompiler}), otherwise from a
     * compilation of its own.
     */
    public Compilation compilation(LessonTask task) {
        return locked(task, () -> compilations.computeIfAbsent(task, t -> {
            Path output = workRoot.resolve("classes").resolve(t.id());
            return compiledTogether().filter(together -> together.compiled(t.sourceFile()))
                    .map(together -> together.copyOf(t.sourceFile(), output))
                    .orElseGet(() -> clock.time(Phase.COMPILATION, () -> compiler().compile(t.sourceFile(), output)));
        }));
    }

    /**
     * Starts the one pass over the graded tasks' files, and the import of its classes for the static rules, on a
     * thread of their own, so that they run while the checks are being discovered. A task that needs them first
     * waits for them; should they fail here, that task makes them again and reports what went wrong.
     */
    public void prepareInBackground() {
        Thread thread = new Thread(() -> {
            try {
                compiledTogether().ifPresent(this::importedTogether);
            } catch (RuntimeException e) {
                // made again, and reported, by the first task that needs them
            }
        }, "grader-compile-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The one pass over the graded tasks' files, made by the first task that needs its classes; empty if it failed. */
    private synchronized Optional<LessonCompiler.CompiledTogether> compiledTogether() {
        if (compiledTogether == null) {
            LessonCompiler lesson = new LessonCompiler(lessonSources().root(), compileClasspath);
            List<String> files = graded.stream().map(LessonTask::sourceFile).toList();
            compiledTogether = lesson.compilesTogether(files) ? clock.time(Phase.COMPILATION,
                    () -> lesson.compile(files, workRoot.resolve("classes-together"))) : Optional.empty();
        }
        return compiledTogether;
    }

    /**
     * Each file of the submission that the grader leaves out (a {@code module-info.java}, a file outside the lesson's
     * package), as the learner opens it: not graded, and never a failure.
     */
    public List<String> ignoredFiles() {
        return lessonSources().ignored().stream().map(locator::display).toList();
    }

    private synchronized TaskCompiler compiler() {
        if (compiler == null) {
            compiler = new TaskCompiler(lessonSources().root(), compileClasspath, locator);
        }
        return compiler;
    }

    /** The lesson's package copied apart once per grading, from which every task compiles. */
    private synchronized LessonSources lessonSources() {
        if (lessonSources == null) {
            lessonSources = LessonSources.copy(sourceRoot, LessonTask.PACKAGE, workRoot.resolve("sources"));
        }
        return lessonSources;
    }

    /**
     * The compiled task; otherwise the {@link Obstacle} that says why there is none, thrown: its file is missing, does
     * not compile, or uses what the lesson does not need (then, as with a compile error, every check of the task fails).
     *
     * @throws Obstacle.Found with the obstacle
     */
    public Compilation compiled(LessonTask task) {
        Compilation compilation = compilation(task);
        if (compilation.missing()) {
            throw new Obstacle.Found(new Obstacle.MissingFile(task, locator.display(task.sourceFile())));
        }
        if (!compilation.succeeded()) {
            throw new Obstacle.Found(new Obstacle.CompileFailed(task, compilation.errors()));
        }
        List<ForbiddenUse> forbidden = forbiddenUses(task, compilation);
        if (!forbidden.isEmpty()) {
            throw new Obstacle.Found(new Obstacle.ForbiddenUses(task, forbidden));
        }
        return compilation;
    }

    /** What the task's classes use that the lesson does not need (the allow-list rule); cached. */
    private List<ForbiddenUse> forbiddenUses(LessonTask task, Compilation compilation) {
        return locked(task, () -> forbiddenUses.computeIfAbsent(task, t -> {
            ImportedClasses imported = imported(t, compilation);
            return clock.time(Phase.STATIC_RULES,
                    () -> OnlyTheLessonsApi.check(imported, compilation.classNames(), LessonTask.PACKAGE));
        }));
    }

    /** Blocking calls that the static rule finds in the task's classes; cached. */
    public List<FoundCall> blockingCalls(LessonTask task) {
        return locked(task, () -> {
            Compilation compilation = compiled(task);
            return blockingCalls.computeIfAbsent(task, t -> {
                ImportedClasses imported = imported(t, compilation);
                return clock.time(Phase.STATIC_RULES, () -> NoBlockingOnTheLoop.check(imported, compilation.classNames()));
            });
        });
    }

    /**
     * The task's classes as ArchUnit imported them, for every rule: one import of everything the one pass compiled
     * when the task's classes came from it, otherwise an import of the task's own classes.
     */
    private ImportedClasses imported(LessonTask task, Compilation compilation) {
        Optional<LessonCompiler.CompiledTogether> together = compiledTogether()
                .filter(pass -> pass.compiled(task.sourceFile()));
        if (together.isPresent()) {
            return importedTogether(together.get());
        }
        return imports.computeIfAbsent(task, t -> clock.time(Phase.STATIC_RULES,
                () -> ImportedClasses.of(compilation.classes())));
    }

    private synchronized ImportedClasses importedTogether(LessonCompiler.CompiledTogether pass) {
        if (importedTogether == null) {
            importedTogether = clock.time(Phase.STATIC_RULES, () -> ImportedClasses.of(pass.output()));
        }
        return importedTogether;
    }

    /**
     * Runs the scenario once per grading and returns what it observed; later calls get the same run.
     *
     * @param lessonSeconds how many lesson seconds a correct run needs at most; the hard limit is
     *     derived from it
     * @throws Obstacle.Found when the task cannot be run (see {@link #compiled}), or an earlier run of it timed out
     */
    public ChildRun run(LessonTask task, Scenario scenario, double lessonSeconds) {
        return locked(task, () -> {
            ChildRun cached = runs.get(scenario);
            if (cached != null) {
                return cached;
            }
            ChildRun run = runFresh(task, scenario, lessonSeconds);
            runs.put(scenario, run);
            return run;
        });
    }

    /** Runs the scenario again in a new child JVM, for a timing bound that needs another measurement. */
    public ChildRun runFresh(LessonTask task, Scenario scenario, double lessonSeconds) {
        return locked(task, () -> runLocked(task, scenario, lessonSeconds));
    }

    private ChildRun runLocked(LessonTask task, Scenario scenario, double lessonSeconds) {
        Compilation compilation = compiled(task);
        ChildRun earlierTimeout = timedOut.get(task);
        if (earlierTimeout != null) {
            throw new Obstacle.Found(new Obstacle.EarlierTimeout(task, earlierTimeout));
        }
        Scenario full = scenario.withLearnerClasses(compilation.classNames());
        ChildRun run = jvm.run(full, compilation.classes(), limit(lessonSeconds));
        runsByTask.computeIfAbsent(task, t -> new ArrayList<>()).add(run);
        if (run.timedOut()) {
            timedOut.put(task, run);
        }
        return run;
    }

    /** Every run made of a task so far, in order. */
    public List<ChildRun> runsOf(LessonTask task) {
        return locked(task, () -> List.copyOf(runsByTask.getOrDefault(task, List.of())));
    }

    private <T> T locked(LessonTask task, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(task, t -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The hard wall-clock limit of a run that needs {@code lessonSeconds}: generous, and never endless. */
    public Duration limit(double lessonSeconds) {
        long lessonNanos = Math.round(lessonSeconds * jvm.lessonSecond().toNanos());
        return START_UP_ALLOWANCE.plusNanos(3 * lessonNanos);
    }
}
