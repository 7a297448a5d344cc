package org.lessons.kit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the program's threads hold the virtual clock back. Every thread here spins, so it is runnable for as long
 * as the test looks, as a thread is that waits for a CPU on a busy machine: nothing depends on timing.
 */
class ProgramThreadsTests {

    private final ThreadGroup program = new ThreadGroup("a program");
    private final AtomicBoolean stop = new AtomicBoolean();

    @AfterEach
    void stopSpinning() {
        stop.set(true);
    }

    @Test
    void theThreadOnItsWayIntoRunForTheLoopIsNotWorkInFlight() throws Exception {
        AtomicReference<Thread> loop = new AtomicReference<>();
        // The caller makes the loop and its thread, and is still runnable, as between starting its loop and joining it.
        spinInProgram("program-main", () -> loop.set(new LoopThread(new EventLoop(clock()))));

        assertThat(new ProgramThreads().busy(loop.get())).isFalse();
    }

    @Test
    void anotherRunnableThreadOfTheProgramIsWorkInFlight() throws Exception {
        AtomicReference<Thread> loop = new AtomicReference<>();
        spinInProgram("program-main", () -> loop.set(new LoopThread(new EventLoop(clock()))));
        spinInProgram("program-helper", () -> { });

        assertThat(new ProgramThreads().busy(loop.get())).isTrue();
    }

    /** Starts a thread of the program that runs {@code first}, then spins until the test ends. */
    private void spinInProgram(String name, Runnable first) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Thread thread = new Thread(program, () -> {
            first.run();
            ready.countDown();
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        ready.await();
    }

    private static ClockControl clock() {
        return new ClockControl() {
            @Override
            public long idle(long deadline, BooleanSupplier stillIdle) {
                return 0;
            }

            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public Duration lessonSecond() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
