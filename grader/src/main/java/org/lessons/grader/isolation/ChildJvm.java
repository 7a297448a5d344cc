package org.lessons.grader.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.lessons.grader.harness.HarnessMain;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/**
 * Starts one child JVM per scenario with the harness, the kit and the learner's classes, and kills it
 * (with every process it started) when it runs past its hard limit. Children map a class-data archive of
 * the harness, the kit and Jackson when there is one (see {@link ClassDataArchive}), and the time of each
 * child's start, lesson and exit is added to the grading's {@link PhaseClock}.
 */
public final class ChildJvm {

    /** Standard error kept for diagnosis; the rest is drained and dropped. */
    private static final int STDERR_KEEP = 8_192;

    /**
     * The JVM options of every child; a class-data archive is made with exactly these and used only with them.
     * {@code -Xmn128m}: a young generation that a child's run (the harness, Jackson and a lesson program allocate 10 to
     * 30 MB) fills without a collection. A collection stops the loop thread until the collector's threads are done,
     * and on a busy machine they wait for a CPU: pauses of 20 to 330 ms, which lesson time counted as the learner's.
     */
    private static final List<String> VM_OPTIONS = List.of("-Xmx192m", "-Xmn128m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisableAttachMechanism",
            "-XX:+DisplayVMOutputToStderr", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8");

    /** What the training run of a class-data archive runs: the grader's own reference program, briefly. */
    private static final Scenario TRAINING = new Scenario("", "", Scenario.Call.REFERENCE,
            List.of(new Job("A", 0.2), new Job("B", 0.1)), List.of());

    private final List<Path> harnessClasspath;
    private final Duration lessonSecond;
    private final Path workDirectory;
    private final PhaseClock clock;
    private final Sandbox sandbox;
    private final ChildSetup setup;
    private final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param javaExecutable the JDK whose runtime image children run on (see {@link ChildRuntime})
     * @param workDirectory where unconfined children get a working directory of their own, wiped after each run
     * @param clock where the time of each child's start, lesson and exit is added
     * @param sandbox what confines each child
     * @param runtimeCache where the runtime image and the staged classpath are kept
     * @param archiveCache where class-data archives are kept; empty to start children without one
     */
    public ChildJvm(Path javaExecutable, List<Path> harnessClasspath, Duration lessonSecond, Path workDirectory,
                    PhaseClock clock, Sandbox sandbox, Path runtimeCache, Optional<Path> archiveCache) {
        this.harnessClasspath = List.copyOf(harnessClasspath);
        this.lessonSecond = lessonSecond;
        this.workDirectory = workDirectory;
        this.clock = clock;
        this.sandbox = sandbox;
        this.setup = new ChildSetup(javaExecutable, VM_OPTIONS, this.harnessClasspath, runtimeCache, archiveCache, clock);
    }

    /** The JVM running this grader, and the classpath entries that hold the harness and the kit. */
    public static ChildJvm forThisJvm(Duration lessonSecond, Path workDirectory, PhaseClock clock, Sandbox sandbox,
                                      Optional<Path> archiveCache) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Path> classpath = new ArrayList<>();
        for (Class<?> anchor : List.of(HarnessMain.class, org.lessons.kit.EventLoop.class, ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonTypeInfo.class)) {
            classpath.add(location(anchor));
        }
        return new ChildJvm(java, classpath.stream().distinct().toList(), lessonSecond, workDirectory, clock, sandbox,
                archiveCache(workDirectory), archiveCache);
    }

    /**
     * Where class-data archives and runtime images are kept: beside the grader's classes when they are a
     * build's output directory ({@code grader/target/classes} gives {@code grader/target/child-jvm}), so that
     * every grading of that build shares them; otherwise under the grading's own {@code workRoot}.
     */
    public static Path archiveCache(Path workRoot) {
        Path harness = location(HarnessMain.class);
        return java.nio.file.Files.isDirectory(harness) && harness.getParent() != null
                ? harness.getParent().resolve("child-jvm") : workRoot.resolve("child-jvm");
    }

    /** The classpath entry that holds {@code type}, such as the kit's jar. */
    public Path harnessClasspathEntry(Class<?> type) {
        return location(type);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }

    public Duration lessonSecond() {
        return lessonSecond;
    }

    /** What confines the children. */
    public Sandbox sandbox() {
        return sandbox;
    }

    /** Runs the scenario against the classes in {@code learnerClasses}; never longer than {@code limit}. */
    public ChildRun run(Scenario scenario, Path learnerClasses, Duration limit) {
        ChildSetup.Prepared prepared = setup.get(this::trainingFinished);
        Timed timed = run(scenario, prepared, List.of(learnerClasses), limit, sandbox);
        clock.record(Phase.CHILD_START, timed.launched(), timed.ready());
        clock.record(Phase.LESSON, timed.ready(), timed.returned());
        clock.record(Phase.CHILD_EXIT, timed.returned(), timed.ended());
        return timed.run();
    }

    /**
     * The training run of a class-data archive: the grader's own program, trusted, so not confined (the
     * archive is written when the child ends, into the cache).
     */
    private boolean trainingFinished(ChildSetup.Prepared training, Duration limit) {
        return run(TRAINING, training, List.of(), limit,
                new Unconfined("the grader's own training run")).run().returned();
    }

    /**
     * A child's run and when (on the clock's ticker) it was launched, reported that it started, reported
     * the call's end, and was gone. A child that never reported a step is taken to have reached it at the end.
     */
    private record Timed(ChildRun run, long launched, long ready, long returned, long ended) {
    }

    private Timed run(Scenario scenario, ChildSetup.Prepared prepared, List<Path> learnerClasses, Duration limit,
                      Sandbox confinement) {
        String token = HexFormat.of().formatHex(random.generateSeed(12));
        List<String> command = new ArrayList<>();
        command.add(prepared.runtime().javaExecutable().toString());
        command.addAll(VM_OPTIONS);
        command.addAll(prepared.options());
        command.addAll(List.of(
                "-Dlesson.second=" + lessonSecond.toNanos() / 1_000_000d + "ms",
                "-D" + LessonTime.CLOCK_PROPERTY + "=virtual",
                "-D" + LessonTime.LATENESS_PROPERTY + "=" + scenario.lateness(),
                "-cp", classpath(prepared.launch().harnessClasspath(), learnerClasses),
                HarnessMain.class.getName()));
        List<Path> readable = new ArrayList<>(prepared.readable());
        readable.addAll(learnerClasses);
        Path own = workDirectory.resolve("run-" + runs.incrementAndGet());
        long started = System.nanoTime();
        long launched = clock.now();
        Process process;
        try {
            java.nio.file.Files.createDirectories(own);
            process = new ProcessBuilder(confinement.confine(command, readable, own))
                    .directory(confinement.confines() ? Path.of("/").toFile() : own.toFile()).start();
        } catch (IOException e) {
            WorkDirectory.wipe(own);
            throw new UncheckedIOException("cannot start a child JVM: " + e.getMessage(), e);
        }
        ChannelReader reader = new ChannelReader(token, clock::now);
        Thread readerThread = new Thread(() -> reader.read(process.getInputStream()), "grader-child-reader");
        readerThread.setDaemon(true);
        StderrTail stderr = new StderrTail(process.getErrorStream());
        readerThread.start();
        stderr.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((token + "\n" + json.writeValueAsString(scenario) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The child died before it read its input; what it left behind tells why.
        }
        java.util.Set<ProcessHandle> descendants = new java.util.HashSet<>();
        boolean ended = waitFor(process, limit, descendants);
        if (!ended) {
            process.descendants().forEach(descendants::add);
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(10));
        }
        // Whatever the child started dies with it, even when it ended itself abruptly (halt).
        descendants.forEach(ProcessHandle::destroyForcibly);
        await(readerThread);
        stderr.await();
        WorkDirectory.wipe(own);
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        long gone = clock.now();
        RunEnding ending = RunEndings.of(new RunEndings.Facts(reader.tampering(), reader.startedAt().isPresent(),
                reader.finished(), reader.mismatch(), reader.exiting(),
                ended ? OptionalInt.of(process.exitValue()) : OptionalInt.empty(), limit, stderr.text()));
        ChildRun run = new ChildRun(scenario, ending, reader.lines(), reader.mergedStalls(),
                reader.finished().filter(end -> ChildRun.endedTheCall(ending)), stderr.text(),
                reader.lessonSecondNanos(lessonSecond), wall, reader.closings());
        long ready = Math.min(reader.startedAt().orElse(gone), gone);
        long returned = Math.max(ready, Math.min(reader.finishedAt().orElse(gone), gone));
        return new Timed(run, launched, ready, returned, gone);
    }

    private static String classpath(List<Path> harnessClasspath, List<Path> learnerClasses) {
        List<String> entries = new ArrayList<>();
        harnessClasspath.forEach(p -> entries.add(p.toString()));
        learnerClasses.forEach(p -> entries.add(p.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Waits like {@link #waitFor(Process, Duration)}, noting every process the child starts meanwhile. */
    private static boolean waitFor(Process process, Duration limit, java.util.Set<ProcessHandle> descendants) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return !process.isAlive();
            }
            if (waitFor(process, Duration.ofNanos(Math.min(left, 100_000_000L)))) {
                return true;
            }
            process.descendants().forEach(descendants::add);
        }
    }

    private static boolean waitFor(Process process, Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private static void await(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drains standard error and keeps its last few kilobytes. */
    private static final class StderrTail extends Thread {
        private final InputStream input;
        private final StringBuilder tail = new StringBuilder();

        StderrTail(InputStream input) {
            super("grader-child-stderr");
            setDaemon(true);
            this.input = input;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (input) {
                int read;
                while ((read = input.read(buffer)) >= 0) {
                    synchronized (tail) {
                        tail.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                        if (tail.length() > STDERR_KEEP * 2) {
                            tail.delete(0, tail.length() - STDERR_KEEP);
                        }
                    }
                }
            } catch (IOException e) {
                // closed with the child
            }
        }

        String text() {
            synchronized (tail) {
                return tail.length() > STDERR_KEEP ? tail.substring(tail.length() - STDERR_KEEP) : tail.toString();
            }
        }

        void await() {
            try {
                join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
