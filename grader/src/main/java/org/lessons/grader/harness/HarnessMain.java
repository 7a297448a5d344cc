package org.lessons.grader.harness;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.observe.WireFormat;
import org.lessons.kit.LessonClock;
import org.lessons.kit.LessonTime;
import org.lessons.kit.LoopObservers;

/**
 * The child JVM's entry point. Reads its one-time token and the {@link Scenario} from standard input,
 * captures output, starts the flight recorder and the loop watchdog, calls the learner's code and reports what
 * happened: the recorder's blocking calls before the outcome.
 * It halts the JVM itself when done, so a leaked non-daemon thread cannot keep it alive.
 */
public final class HarnessMain {

    /** How a scenario's JSON line asks for the flight recorder, read before a JSON parser is loaded. */
    private static final String RECORDS_BLOCKING = "\"recordsBlocking\":true";

    private HarnessMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream raw = new PrintStream(channelStream(), false, StandardCharsets.UTF_8);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String token = stdin.readLine();
        String scenarioLine = stdin.readLine();
        // The flight recorder takes longer to start than Jackson to read the scenario, so it starts first, when the
        // line asks for it. The child's working directory lies in the grader's work directory: what a run killed
        // at its time limit leaves there does not stay behind in the machine's temporary directory.
        boolean records = scenarioLine != null && scenarioLine.contains(RECORDS_BLOCKING);
        // The harness's own threads live outside the program's thread group, so the virtual clock never takes them
        // (nor the flight recorder's) for the program's work in flight.
        ThreadGroup harnessThreads = new ThreadGroup(Thread.currentThread().getThreadGroup().getParent(), "grader");
        BlockingRecorder recorder = BlockingRecorder.startFor(records, Path.of("").toAbsolutePath(), System.err,
                harnessThreads);
        WireFormat wire = new WireFormat();
        Scenario scenario = wire.readScenario(scenarioLine);
        if (scenario.recordsBlocking() != records) {
            throw new IllegalStateException("the scenario's recordsBlocking is " + scenario.recordsBlocking()
                    + ", its line says " + records);
        }
        LearnerFrames frames = new LearnerFrames(Set.copyOf(new HashSet<>(scenario.learnerClasses())));
        // The warm-up prints through a capture of its own, into nothing, so that the JIT compiles what runs for every
        // printed line too before the learner's code runs; then the compiler is left to finish.
        WarmUp.run(new OutputCapture(new Channel(new PrintStream(OutputStream.nullOutputStream(), false,
                StandardCharsets.UTF_8), token, wire), frames, LessonClock.system()::nanoTime).stream());
        CompilerQuiet.await();
        LessonClock lessonClock = LessonClock.system();
        long origin = lessonClock.nanoTime();
        // Another thread's reading may fall a little before the harness's origin (waits for a CPU left out meanwhile
        // can outweigh the real time since). It is sent as it is: clamped at 0, a section's first line would be
        // stamped later than it was, and the span that a lower bound judges would come out short.
        LongSupplier clock = () -> lessonClock.nanoTime() - origin;
        LessonTimeMap times = new LessonTimeMap(clock);
        Channel channel = new Channel(raw, token, wire);
        long lessonSecond = LessonTime.lessonSecond().toNanos();
        channel.send(new ChildEvent.Started(lessonSecond));
        // Before the learner's classes load, so that they cannot install another: the kit reports every close of a loop
        // as data, whatever the program did to System.err.
        LoopObservers.install(closing -> channel.send(new ChildEvent.LoopClosed(closing.forgottenWaits(),
                Bounded.text(closing.firstWaitSite()), closing.pendingTasks(), Bounded.text(closing.firstTaskSite()),
                clock.getAsLong())));

        OutputCapture capture = new OutputCapture(channel, frames, clock);
        StallLedger ledger = new StallLedger(channel);
        LoopThreads loops = new LoopThreads();
        LoopWatchdog watchdog = new LoopWatchdog(ledger, loops, frames, clock, times,
                Math.max(20_000_000L, lessonSecond / 5));
        ControlSleeper control = new ControlSleeper(frames);
        AtomicBoolean finished = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!finished.get()) {
                channel.send(new ChildEvent.Exiting(exitCaller(frames), clock.getAsLong()));
                recorder.discard();
            }
            endDescendants();
        }, "grader-exit-hook");
        Runtime.getRuntime().addShutdownHook(hook);
        recorder.awaitRecording();
        watchdog.start(harnessThreads);
        if (!lessonClock.leavesOutLoad()) {
            // Only where lesson time cannot leave the machine's load out does the machine's own lateness explain a
            // late span; elsewhere the control sleeper would only cost the run its samples of every thread.
            control.start(harnessThreads);
        }
        capture.install();

        ChildEvent.Finished result;
        // The call ends when it returns or throws: stamped before the harness describes what came back.
        long[] end = new long[1];
        try {
            Object value = new ScenarioInvoker().invoke(scenario);
            end[0] = clock.getAsLong();
            result = finished(capture, control, ChildEvent.Finished.Outcome.RETURNED, Thrown.value(value),
                    Thrown.NOTHING, end[0]);
        } catch (ScenarioInvoker.ContractMismatch mismatch) {
            end[0] = clock.getAsLong();
            channel.send(mismatch.mismatch());
            result = finished(capture, control, ChildEvent.Finished.Outcome.CONTRACT_BROKEN, List.of(), Thrown.NOTHING,
                    end[0]);
        } catch (ScenarioInvoker.StaticInitFailure failure) {
            end[0] = clock.getAsLong();
            result = finished(capture, control, ChildEvent.Finished.Outcome.STATIC_INIT_FAILED, List.of(),
                    Thrown.of(failure.getCause(), frames), end[0]);
        } catch (Throwable thrown) {
            end[0] = end[0] != 0 ? end[0] : clock.getAsLong();
            result = finished(capture, control, ChildEvent.Finished.Outcome.THREW, List.of(), Thrown.of(thrown, frames),
                    end[0]);
        }
        capture.finish();
        watchdog.stop();
        ledger.recorded(recorder.stop(loops, frames, new SourceFiles(HarnessMain.class.getClassLoader()), times));
        result = result.withBlockingRecorded(recorder.recordedWhole());
        finished.set(true);
        channel.send(result);
        raw.flush();
        endDescendants();
        Runtime.getRuntime().halt(0);
    }

    /**
     * The grade channel's own descriptor for standard output where the system offers one (Linux), so that
     * learner code closing {@code FileDescriptor.out} cannot cut the channel.
     */
    private static java.io.OutputStream channelStream() {
        java.io.File own = new java.io.File("/proc/self/fd/1");
        if (own.exists()) {
            try {
                return new FileOutputStream(own);
            } catch (IOException e) {
                // fall back to the shared descriptor
            }
        }
        return new FileOutputStream(FileDescriptor.out);
    }

    /** Ends every process the learner's code started, so that none outlives the run. */
    private static void endDescendants() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static ChildEvent.Finished finished(OutputCapture capture, ControlSleeper control,
                                                ChildEvent.Finished.Outcome outcome, List<String> value, Thrown thrown,
                                                long endNanos) {
        return new ChildEvent.Finished(outcome, value, thrown.className(), thrown.message(), thrown.where(), endNanos,
                capture.droppedLines(), control.maxLatenessNanos(), false);
    }

    /** The learner's frame that called {@code System.exit}, found among the threads still waiting in exit. */
    private static String exitCaller(LearnerFrames frames) {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().equals("java.lang.Runtime")
                        && f.getMethodName().equals("exit")))
                .map(frames::where)
                .flatMap(java.util.Optional::stream)
                .findFirst().orElse("");
    }

    /**
     * Sleeps 5 ms again and again and remembers the worst overshoot: how loaded the machine is. Every 50 ms it
     * also looks for the learner's own threads (not the loop) running learner code: when they kept the CPU busy,
     * the lateness may be the learner's own doing, so it is not reported as the machine's load (a late bound is
     * then a plain fail, never inconclusive).
     */
    private static final class ControlSleeper implements Runnable {
        /** Samples with a busy learner thread beyond which the load counts as the learner's own. */
        private static final int SELF_LOAD_SAMPLES = 3;

        private final AtomicLong maxLateness = new AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger selfLoadSamples = new java.util.concurrent.atomic.AtomicInteger();
        private final LearnerFrames frames;

        ControlSleeper(LearnerFrames frames) {
            this.frames = frames;
        }

        Thread start(ThreadGroup group) {
            Thread thread = new Thread(group, this, "grader-control-sleeper");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        long maxLatenessNanos() {
            return selfLoadSamples.get() >= SELF_LOAD_SAMPLES ? 0 : maxLateness.get();
        }

        @Override
        public void run() {
            try {
                for (long round = 0; ; round++) {
                    long before = System.nanoTime();
                    Thread.sleep(5);
                    long late = System.nanoTime() - before - 5_000_000L;
                    maxLateness.accumulateAndGet(late, Math::max);
                    if (round % 10 == 0 && learnerThreadBusy()) {
                        selfLoadSamples.incrementAndGet();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean learnerThreadBusy() {
            for (java.util.Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                Thread t = thread.getKey();
                if (t.getState() == Thread.State.RUNNABLE && !org.lessons.kit.EventLoop.isLoopThread(t)
                        && !t.getName().equals("main") && !t.getName().startsWith("grader-") && frames.where(thread.getValue()).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }
}
