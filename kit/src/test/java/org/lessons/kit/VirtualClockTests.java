package org.lessons.kit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The virtual clock: an idle loop jumps to its next deadline, time spent in callbacks still counts, ties fire in
 * creation order, and work in flight on other threads holds the clock back.
 */
class VirtualClockTests {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    /** Real time that only moves when a test moves it, so lesson times come out exact. */
    private final AtomicLong realNanos = new AtomicLong();

    private VirtualClock clock(VirtualClock.WorkElsewhere elsewhere) {
        return new VirtualClock(ONE_SECOND, realNanos::get, () -> 0L, elsewhere);
    }

    private void block(double lessonSeconds) {
        realNanos.addAndGet(Math.round(lessonSeconds * ONE_SECOND.toNanos()));
    }

    @Test
    void anIdleLoopJumpsStraightToItsNextDeadline() {
        VirtualClock clock = clock(loop -> false);
        long realBefore = System.nanoTime();

        double elapsed = EventLoop.run(() -> {
            double start = EventLoop.time();
            return EventLoop.sleep(3600).thenApply(ignored -> EventLoop.time() - start);
        }, clock);

        assertThat(elapsed).isEqualTo(3600.0);
        assertThat(Duration.ofNanos(System.nanoTime() - realBefore)).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void concurrentWaitsTakeTheLongestAndSequentialOnesTheSum() {
        VirtualClock clock = clock(loop -> false);

        double concurrent = EventLoop.run(() -> {
            double start = EventLoop.time();
            return CompletableFuture.allOf(EventLoop.sleep(2), EventLoop.sleep(1), EventLoop.sleep(3))
                    .thenApply(ignored -> EventLoop.time() - start);
        }, clock);
        double sequential = EventLoop.run(() -> {
            double start = EventLoop.time();
            return EventLoop.sleep(2).thenCompose(ignored -> EventLoop.sleep(1))
                    .thenCompose(ignored -> EventLoop.sleep(3)).thenApply(ignored -> EventLoop.time() - start);
        }, clock);

        assertThat(concurrent).isEqualTo(3.0);
        assertThat(sequential).isEqualTo(6.0);
    }

    @Test
    void timeSpentBlockingInACallbackMakesLaterTimersLate() {
        VirtualClock clock = clock(loop -> false);
        List<String> fired = new CopyOnWriteArrayList<>();

        EventLoop.run(() -> {
            double start = EventLoop.time();
            CompletableFuture<Void> a = EventLoop.sleep(1)
                    .thenRun(() -> fired.add("A at " + (EventLoop.time() - start)));
            CompletableFuture<Void> b = EventLoop.sleep(3)
                    .thenRun(() -> fired.add("B at " + (EventLoop.time() - start)));
            block(2);
            return CompletableFuture.allOf(a, b);
        }, clock);

        assertThat(fired).containsExactly("A at 2.0", "B at 3.0");
    }

    @Test
    void waitsDueTogetherFireByDeadlineThenByCreation() {
        VirtualClock clock = clock(loop -> false);
        List<String> fired = new CopyOnWriteArrayList<>();

        EventLoop.run(() -> {
            CompletableFuture<Void> early = EventLoop.sleep(2).thenRun(() -> fired.add("created first, due at 2"));
            CompletableFuture<Void> later = EventLoop.sleep(1).thenCompose(ignored -> {
                CompletableFuture<Void> tie = EventLoop.sleep(1).thenRun(() -> fired.add("created at 1, due at 2"));
                CompletableFuture<Void> before = EventLoop.sleep(0.5).thenRun(() -> fired.add("due at 1.5"));
                return CompletableFuture.allOf(tie, before);
            });
            return CompletableFuture.allOf(early, later);
        }, clock);

        assertThat(fired).containsExactly("due at 1.5", "created first, due at 2", "created at 1, due at 2");
    }

    @Test
    void theClockDoesNotJumpPastWorkInFlightOnAnotherThread() {
        AtomicBoolean working = new AtomicBoolean(true);
        VirtualClock clock = new VirtualClock(ONE_SECOND, System::nanoTime, () -> 0L, loop -> working.get());
        List<String> order = new CopyOnWriteArrayList<>();

        EventLoop.run(() -> {
            EventLoop loop = EventLoop.current();
            Thread helper = new Thread(() -> {
                pause(50);
                loop.execute(() -> order.add("helper's result"));
                working.set(false);
            });
            helper.start();
            return EventLoop.sleep(0.5).thenRun(() -> order.add("the loop's own wait of 0.5"));
        }, clock);

        assertThat(order).containsExactly("helper's result", "the loop's own wait of 0.5");
    }

    @Test
    void withoutWorkInFlightTheSameProgramJumps() {
        VirtualClock clock = new VirtualClock(ONE_SECOND, System::nanoTime, () -> 0L, loop -> false);
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> helperDone = new CompletableFuture<>();

        EventLoop.run(() -> {
            EventLoop loop = EventLoop.current();
            new Thread(() -> {
                pause(50);
                loop.execute(() -> order.add("helper's result"));
                helperDone.complete(null);
            }).start();
            return EventLoop.sleep(0.5).thenRun(() -> order.add("the loop's own wait of 0.5"))
                    .thenCompose(ignored -> helperDone);
        }, clock);

        assertThat(order).first().isEqualTo("the loop's own wait of 0.5");
    }

    @Test
    void aThreadOfTheProgramSleepingWithItsOwnCodeCountsAsWorkInFlight() throws Exception {
        ThreadGroup program = new ThreadGroup("a program");
        AtomicReference<List<String>> order = new AtomicReference<>();
        Thread main = new Thread(program, () -> order.set(runWithAHelperThatSleeps()), "program-main");
        main.start();
        main.join();

        assertThat(order.get()).containsExactly("helper's result", "the loop's own wait of 0.5");
    }

    private static List<String> runWithAHelperThatSleeps() {
        VirtualClock clock = new VirtualClock(ONE_SECOND, System::nanoTime, () -> 0L, new ProgramThreads());
        List<String> order = new CopyOnWriteArrayList<>();
        EventLoop.run(() -> {
            EventLoop loop = EventLoop.current();
            new Thread(() -> {
                pause(100);
                loop.execute(() -> order.add("helper's result"));
            }).start();
            return EventLoop.sleep(0.5).thenRun(() -> order.add("the loop's own wait of 0.5"));
        }, clock);
        return order;
    }

    @Test
    void aClockLandingLateMakesMeasuredTotalsDifferFromTheDurations() {
        VirtualClock late = clock(loop -> false).landingLate(ONE_SECOND.toNanos() / 2);

        double concurrent = EventLoop.run(() -> {
            double start = EventLoop.time();
            return CompletableFuture.allOf(EventLoop.sleep(2), EventLoop.sleep(1), EventLoop.sleep(3))
                    .thenApply(ignored -> EventLoop.time() - start);
        }, late);
        double sequential = EventLoop.run(() -> {
            double start = EventLoop.time();
            return EventLoop.sleep(2).thenCompose(ignored -> EventLoop.sleep(1))
                    .thenCompose(ignored -> EventLoop.sleep(3)).thenApply(ignored -> EventLoop.time() - start);
        }, late);

        assertThat(concurrent).isEqualTo(3.5);
        assertThat(sequential).isEqualTo(7.5);
    }

    @Test
    void lessonTimeNeverRunsBackwards() {
        AtomicLong cpuWait = new AtomicLong();
        VirtualClock clock = new VirtualClock(ONE_SECOND, realNanos::get, cpuWait::get, loop -> false);
        List<Long> readings = new CopyOnWriteArrayList<>();

        EventLoop.run(() -> {
            readings.add(clock.nanoTime());
            block(1);
            readings.add(clock.nanoTime());
            cpuWait.addAndGet(ONE_SECOND.toNanos() / 2);
            readings.add(clock.nanoTime());
            return CompletableFuture.completedFuture(null);
        }, clock);

        assertThat(readings).isSorted();
    }

    @Test
    void timeALoopThreadWaitedForACpuIsLeftOut() {
        AtomicLong cpuWait = new AtomicLong();
        VirtualClock clock = new VirtualClock(ONE_SECOND, realNanos::get, cpuWait::get, loop -> false);

        double elapsed = EventLoop.run(() -> {
            double start = EventLoop.time();
            block(2);
            cpuWait.addAndGet(ONE_SECOND.toNanos());
            return CompletableFuture.completedFuture(EventLoop.time() - start);
        }, clock);

        assertThat(elapsed).isEqualTo(1.0);
    }

    @Test
    void whatANewLoopThreadWaitedForItsFirstCpuIsLeftOut() {
        java.util.Set<Thread> ran = java.util.concurrent.ConcurrentHashMap.newKeySet();
        VirtualClock clock = new VirtualClock(ONE_SECOND, realNanos::get, () -> {
            Thread reader = Thread.currentThread();
            if (!EventLoop.isLoopThread(reader)) {
                return 0L;
            }
            if (ran.add(reader)) {
                block(1); // the loop thread waited a lesson second for a CPU before it first ran
            }
            return ONE_SECOND.toNanos();
        }, loop -> false);

        double firstReading = EventLoop.run(() -> CompletableFuture.completedFuture(EventLoop.time()), clock);

        assertThat(firstReading).isZero();
    }

    @Test
    void theCallerCarriesTheProgramOnceTheLoopHasEndedAndItsWaitsForACpuAreLeftOut() {
        AtomicLong cpuWait = new AtomicLong();
        VirtualClock clock = new VirtualClock(ONE_SECOND, realNanos::get, cpuWait::get, loop -> false);
        long before = clock.nanoTime();

        EventLoop.run(() -> EventLoop.sleep(3), clock);
        long loopEnded = clock.nanoTime();
        block(2);
        cpuWait.addAndGet(ONE_SECOND.toNanos());
        long after = clock.nanoTime();

        assertThat(loopEnded - before).isEqualTo(3 * ONE_SECOND.toNanos());
        assertThat(after - loopEnded).isEqualTo(ONE_SECOND.toNanos());
    }

    @Test
    void aProgramCanReadLessonTimeButNeverMoveIt() {
        assertThat(LessonClock.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .doesNotContain("idle")
                .contains("nanoTime", "lessonSecond");
        assertThat(java.lang.reflect.Modifier.isPublic(ClockControl.class.getModifiers())).isFalse();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
