package org.lessons.kit;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a loop thread is doing, as an observer reads it without stopping the thread. */
class LoopActivityTests {

    @Test
    void aLoopRunningTheProgramsCodeSaysSinceWhen() {
        VirtualClock clock = new VirtualClock(Duration.ofSeconds(1), System::nanoTime, () -> 0L, loop -> false);
        AtomicReference<Thread> loopThread = new AtomicReference<>();
        long before = System.nanoTime();

        OptionalLong inMain = EventLoop.run(() -> {
            loopThread.set(Thread.currentThread());
            return EventLoop.sleep(1).thenApply(ignored -> LoopActivity.workingSince(Thread.currentThread()));
        }, clock);

        assertThat(inMain).isPresent();
        assertThat(inMain.getAsLong()).isGreaterThanOrEqualTo(before);
        assertThat(LoopActivity.workingSince(loopThread.get())).isEmpty();
    }

    @Test
    void aThreadThatRunsNoLoopIsNeverWorkingForOne() {
        assertThat(LoopActivity.workingSince(Thread.currentThread())).isEmpty();
    }
}
