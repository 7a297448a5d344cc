package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;

/**
 * What every child of a grading starts with, prepared once, when the first child starts: the runtime image
 * ({@link ChildRuntime}), the harness's classpath staged where a sandboxed child can read it
 * ({@link StagedClasspath}), and the class-data archive ({@link ClassDataArchive}) when there is one.
 */
final class ChildSetup {

    /**
     * A prepared setup.
     *
     * @param runtime the runtime children run on
     * @param launch the classpath and options they start with
     */
    record Prepared(ChildRuntime runtime, ChildLaunch launch) {

        /** The options of the runtime, then those of the launch. */
        List<String> options() {
            List<String> all = new ArrayList<>(runtime.options());
            all.addAll(launch.options());
            return all;
        }

        /** Everything a child reads besides the learner's classes. */
        List<Path> readable() {
            List<Path> all = new ArrayList<>(List.of(runtime.home()));
            all.addAll(launch.readable());
            return all;
        }
    }

    private final Path jdkJava;
    private final List<String> vmOptions;
    private final List<Path> harnessClasspath;
    private final Path runtimeCache;
    private final Optional<Path> archiveCache;
    private final PhaseClock clock;
    private Prepared prepared;

    /**
     * @param vmOptions the options every child gets
     * @param runtimeCache where runtime images and staged classpaths are kept
     * @param archiveCache where class-data archives are kept; empty for children without one
     */
    ChildSetup(Path jdkJava, List<String> vmOptions, List<Path> harnessClasspath, Path runtimeCache,
               Optional<Path> archiveCache, PhaseClock clock) {
        this.jdkJava = jdkJava;
        this.vmOptions = List.copyOf(vmOptions);
        this.harnessClasspath = List.copyOf(harnessClasspath);
        this.runtimeCache = runtimeCache;
        this.archiveCache = archiveCache;
        this.clock = clock;
    }

    /** One run of the harness with a training setup, finished normally or not. */
    @FunctionalInterface
    interface Training {
        boolean finished(Prepared training, java.time.Duration limit);
    }

    /** The setup, prepared now if it is the first call; {@code training} makes a class-data archive. */
    synchronized Prepared get(Training training) {
        if (prepared == null) {
            ChildRuntime runtime = clock.time(Phase.CHILD_RUNTIME, () -> ChildRuntime.prepare(jdkJava, runtimeCache));
            List<Path> staged = clock.time(Phase.CHILD_RUNTIME, this::staged);
            List<String> options = new ArrayList<>(vmOptions);
            options.addAll(runtime.options());
            ChildLaunch launch = archiveCache
                    .map(cache -> new ClassDataArchive(runtime.javaExecutable(), options, staged, cache, clock)
                            .launch((trial, limit) -> training.finished(new Prepared(runtime, trial), limit)))
                    .orElse(ChildLaunch.plain(staged));
            prepared = new Prepared(runtime, launch);
        }
        return prepared;
    }

    private List<Path> staged() {
        try {
            return StagedClasspath.of(harnessClasspath, runtimeCache);
        } catch (IOException | RuntimeException e) {
            // The entries as they are: an unconfined child reads them; a sandbox may not, and then says so.
            return harnessClasspath;
        }
    }
}
