package org.lessons.grader.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;
import org.lessons.grader.observe.Scenario;
import org.lessons.kit.EventLoop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flight recorder in this JVM, on a real event loop: it sees each blocking call of the loop thread, however
 * short and however it was reached, at the learner's line, and nothing else.
 */
class BlockingRecorderTests {

    private static final String FILE = "org/lessons/grader/harness/BlockingOnTheLoopTestCase.java:";

    /** One directory for the whole class: JFR keeps its repository where the first recording of the JVM put it. */
    @TempDir
    static Path work;

    private final LearnerFrames frames = new LearnerFrames(Set.of(BlockingOnTheLoopTestCase.class.getName(),
            SleepsInAnotherClassOfTheFileTestCase.class.getName()));
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    @Test
    void everyShortSleepIsSeenAtTheLineThatCalledIt() {
        List<BlockedCall> calls = recordOnTheLoop(BlockingOnTheLoopTestCase::shortSleeps);

        assertThat(calls).hasSize(5).allSatisfy(call -> {
            assertThat(call.kind()).isEqualTo(Kind.SLEEP);
            assertThat(call.site().where()).startsWith(FILE);
            assertThat(call.durationNanos()).isGreaterThanOrEqualTo(2_000_000L);
        });
        assertThat(calls).extracting(call -> call.site().where()).containsOnly(calls.get(0).site().where());
    }

    @Test
    void sleepZeroOnlyYieldsAndIsNotBlocking() {
        assertThat(recordOnTheLoop(BlockingOnTheLoopTestCase::sleepZero)).isEmpty();
    }

    @Test
    void aSleepBehindADynamicProxyIsSeenAtTheHandlersLine() {
        List<BlockedCall> calls = recordOnTheLoop(BlockingOnTheLoopTestCase::sleepBehindAProxy);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo(Kind.SLEEP);
            assertThat(call.site().where()).startsWith(FILE);
            assertThat(call.site().call()).isEqualTo("java.lang.Thread.sleep");
        });
    }

    @Test
    void aFileReadIsSeenHoweverShort() throws IOException {
        Path file = Files.writeString(work.resolve("data.txt"), "some data");

        List<BlockedCall> calls = recordOnTheLoop(() -> BlockingOnTheLoopTestCase.readAFile(file));

        assertThat(calls).isNotEmpty().allSatisfy(call -> {
            assertThat(call.kind()).isEqualTo(Kind.FILE_READ);
            assertThat(call.site().where()).startsWith(FILE);
        });
    }

    @Test
    void aSecondClassOfTheFileIsFoundInThatFile() {
        List<BlockedCall> calls = recordOnTheLoop(BlockingOnTheLoopTestCase::sleepInAnotherClassOfThisFile);

        assertThat(calls).singleElement().satisfies(call -> assertThat(call.site().where()).startsWith(FILE));
    }

    @Test
    void aThreadMerelyNamedLikeTheLoopIsNotWatched() throws InterruptedException {
        LoopThreads loops = new LoopThreads();
        Thread[] decoy = new Thread[1];
        List<Thread> seen = new java.util.ArrayList<>();

        List<BlockedCall> calls = record(loops, () -> EventLoop.run(() -> {
            decoy[0] = BlockingOnTheLoopTestCase.startADecoyNamedLikeTheLoop();
            seen.addAll(loops.alive());
            seen.add(Thread.currentThread());
            return EventLoop.sleep(0.05);
        }));
        decoy[0].join();

        assertThat(seen).hasSize(2).containsOnly(seen.get(1));
        assertThat(calls).isEmpty();
    }

    @Test
    void aRunThatIsNotTheLearnersProgramIsNotRecorded() {
        BlockingRecorder recorder = BlockingRecorder.startFor(false, work, new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
        recorder.awaitRecording();
        LoopThreads loops = new LoopThreads();

        EventLoop.run(() -> {
            loops.alive();
            BlockingOnTheLoopTestCase.shortSleeps();
            return CompletableFuture.completedFuture(null);
        });

        assertThat(recorder.stop(loops, frames, new SourceFiles(getClass().getClassLoader()), new LessonTimeMap(System::nanoTime))).isEmpty();
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Runs {@code code} on a fresh event loop while recording; what the recorder saw on it. */
    private List<BlockedCall> recordOnTheLoop(Runnable code) {
        LoopThreads loops = new LoopThreads();
        return record(loops, () -> EventLoop.run(() -> {
            loops.alive();
            code.run();
            return CompletableFuture.completedFuture(null);
        }));
    }

    private List<BlockedCall> record(LoopThreads loops, Runnable code) {
        BlockingRecorder recorder = BlockingRecorder.startFor(true, work, new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
        recorder.awaitRecording();
        code.run();
        List<BlockedCall> calls = recorder.stop(loops, frames, new SourceFiles(getClass().getClassLoader()), new LessonTimeMap(System::nanoTime));
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("the recorder's complaints").isEmpty();
        return calls;
    }
}
