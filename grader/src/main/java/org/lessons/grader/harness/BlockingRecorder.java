package org.lessons.grader.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;
import org.lessons.grader.observe.Scenario;

/**
 * Sees every blocking call of the loop threads through the JDK Flight Recorder: each sleep, wait, park, contended
 * monitor and file or socket read, however short and however it was reached (reflection, a proxy, JDK code).
 *
 * <p>JFR costs a child JVM 0.4 to 0.6 s of CPU (starting it, and reading the recording back), and on JDK 25 the
 * JVM's halt then waits 0.3 s for JFR's own thread; so it records only the learner's program as they run it
 * ({@link Scenario.Call#MAIN}): the run that the runtime checks of blocking judge. Other runs are judged on their
 * output, their values and their timing; there the sampler alone watches the loop, as before. The recorder starts
 * on a thread of its own while Jackson reads the scenario; learner code runs only once it records. Only the events of a blocked thread are enabled, with no threshold and with stack
 * traces, in memory. At the end the recording is dumped and read back whole, so that no event is lost: a live
 * {@code RecordingStream} delivers events about once a second, and before JDK 20 it cannot be stopped with a final
 * flush.
 */
final class BlockingRecorder {

    /** The events of a blocked thread, and what each one means for the learner. */
    private static final Map<String, Kind> EVENTS = Map.of(
            "jdk.ThreadSleep", Kind.SLEEP,
            "jdk.JavaMonitorWait", Kind.WAIT,
            "jdk.ThreadPark", Kind.PARK,
            "jdk.JavaMonitorEnter", Kind.LOCK,
            "jdk.FileRead", Kind.FILE_READ,
            "jdk.SocketRead", Kind.SOCKET_READ);

    /** The class of the lock the JVM waits on while another thread initializes a class. */
    private static final String CLASS_INITIALIZATION_LOCK = "[I";

    private final Thread starter;
    private final Path workDirectory;
    private final PrintStream diagnostics;
    private volatile Recording recording;
    private volatile Path directory;
    private volatile boolean readBack;

    private BlockingRecorder(Path workDirectory, PrintStream diagnostics, boolean records, ThreadGroup group) {
        this.workDirectory = workDirectory;
        this.diagnostics = diagnostics;
        this.starter = records ? new Thread(group, this::start, "grader-recorder-start") : null;
    }

    /**
     * Starts recording on a thread of its own if the run records blocking calls; otherwise a recorder that records
     * nothing.
     *
     * @param records whether the scenario records blocking calls
     * @param workDirectory where the recording goes while it is made; the recorder deletes what it puts there
     * @param diagnostics where to say that the recorder could not run (the child's own standard error)
     */
    static BlockingRecorder startFor(boolean records, Path workDirectory, PrintStream diagnostics) {
        return startFor(records, workDirectory, diagnostics, Thread.currentThread().getThreadGroup());
    }

    /**
     * Like the other {@code startFor}, starting the recorder (and so the flight recorder's own threads) in
     * {@code group}: the harness's, apart from the program's threads, which the virtual clock watches.
     */
    static BlockingRecorder startFor(boolean records, Path workDirectory, PrintStream diagnostics,
                                     ThreadGroup group) {
        BlockingRecorder recorder = new BlockingRecorder(workDirectory, diagnostics, records, group);
        if (recorder.starter != null) {
            recorder.starter.setDaemon(true);
            recorder.starter.start();
        }
        return recorder;
    }

    /** Waits until the recorder records, or has failed to start; learner code must not run before. */
    void awaitRecording() {
        if (starter == null) {
            return;
        }
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops recording and returns every blocking call it saw on a loop thread that a learner line made, oldest
     * first; empty when it did not record.
     *
     * @param times where each call's real start lies in lesson time
     */
    List<BlockedCall> stop(LoopThreads loops, LearnerFrames frames, SourceFiles files, LessonTimeMap times) {
        awaitRecording();
        Recording started = recording;
        if (started == null) {
            deleteDirectory();
            return List.of();
        }
        Instant now = Instant.now();
        long nowNanos = System.nanoTime();
        List<BlockedCall> calls = new ArrayList<>();
        try {
            Path dump = directory.resolve("blocking.jfr");
            started.dump(dump);
            started.close();
            try (RecordingFile file = new RecordingFile(dump)) {
                while (file.hasMoreEvents()) {
                    blockedCall(file.readEvent(), loops, frames, files)
                            .map(call -> call.at(times.lessonAt(nowNanos - Duration.between(call.start(), now).toNanos())))
                            .ifPresent(calls::add);
                }
            }
            readBack = true;
        } catch (IOException | RuntimeException e) {
            diagnostics.println("grader harness: the flight recording could not be read (" + e + "); blocking calls"
                    + " shorter than the sampler's threshold were not seen");
        } finally {
            deleteDirectory();
        }
        calls.sort(Comparator.comparingLong(BlockedCall::startNanos));
        return calls;
    }

    /**
     * Whether the recorder recorded the whole call and read it back after {@link #stop}: only then does an empty list
     * of blocking calls mean that the loop never blocked, rather than that nothing was recorded.
     */
    boolean recordedWhole() {
        return readBack;
    }

    /** Drops the recording unread: the learner's code is ending the JVM ({@code System.exit}). */
    void discard() {
        Recording started = recording;
        try {
            if (started != null) {
                started.close();
            }
        } catch (RuntimeException e) {
            // JFR's own shutdown hook may be closing it at the same time
        }
        deleteDirectory();
    }

    private void start() {
        String temporary = System.getProperty("java.io.tmpdir");
        try {
            directory = Files.createTempDirectory(workDirectory, "grader-recorder-");
            // JFR makes its repository under java.io.tmpdir when it starts, and only its shutdown hook removes it,
            // which never runs because the harness halts the JVM: point it at a directory the harness deletes.
            System.setProperty("java.io.tmpdir", directory.toString());
            Recording blocking = new Recording();
            blocking.setName("grader-blocking");
            blocking.setToDisk(false);
            EVENTS.keySet().forEach(event -> blocking.enable(event).withThreshold(Duration.ZERO).withStackTrace());
            blocking.start();
            recording = blocking;
        } catch (IOException | RuntimeException | LinkageError e) {
            diagnostics.println("grader harness: the flight recorder did not start (" + e + "); blocking calls"
                    + " shorter than the sampler's threshold will not be seen");
        } finally {
            System.setProperty("java.io.tmpdir", temporary);
        }
    }

    /** The blocking call an event shows, if it blocked a loop thread in a call that a learner line made. */
    private static Optional<Timed> blockedCall(RecordedEvent event, LoopThreads loops, LearnerFrames frames,
                                               SourceFiles files) {
        Kind kind = EVENTS.get(event.getEventType().getName());
        RecordedThread thread = event.getThread();
        RecordedStackTrace stack = event.getStackTrace();
        if (kind == null || thread == null || stack == null || !loops.wasLoop(thread.getJavaThreadId())) {
            return Optional.empty();
        }
        if (kind == Kind.SLEEP && event.getDuration("time").isZero()) {
            return Optional.empty(); // Thread.sleep(0) only yields the processor
        }
        if (isClassInitialization(event)) {
            return Optional.empty();
        }
        return BlockingSite.of(elements(stack, frames, files), frames)
                .map(site -> new Timed(kind, site, event.getStartTime(), event.getDuration()));
    }

    /**
     * A wait for another thread to finish initializing a class (the stream classes, say, that a harness thread
     * happens to touch first): the JVM's doing. The JVM waits on a class's initialization lock, an {@code int[]}.
     */
    private static boolean isClassInitialization(RecordedEvent event) {
        return event.hasField("monitorClass") && event.getClass("monitorClass") != null
                && CLASS_INITIALIZATION_LOCK.equals(event.getClass("monitorClass").getName());
    }

    /** The recorded frames as stack trace elements, with the source file of the learner's classes. */
    private static StackTraceElement[] elements(RecordedStackTrace stack, LearnerFrames frames, SourceFiles files) {
        List<RecordedFrame> recorded = stack.getFrames();
        StackTraceElement[] elements = new StackTraceElement[recorded.size()];
        for (int i = 0; i < elements.length; i++) {
            RecordedFrame frame = recorded.get(i);
            String className = frame.getMethod().getType().getName();
            String file = frames.isLearner(className) ? files.of(className).orElse(null) : null;
            elements[i] = new StackTraceElement(className, frame.getMethod().getName(), file, frame.getLineNumber());
        }
        return elements;
    }

    private void deleteDirectory() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            diagnostics.println("grader harness: could not delete " + directory + " (" + e + ")");
        }
    }

    /** A blocked call with its start on the recorder's clock, before it is put on the harness's. */
    private record Timed(Kind kind, BlockingSite site, Instant start, Duration duration) {
        BlockedCall at(long startNanos) {
            return new BlockedCall(kind, site, startNanos, duration.toNanos());
        }
    }
}
