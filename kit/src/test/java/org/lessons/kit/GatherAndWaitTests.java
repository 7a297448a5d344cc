package org.lessons.kit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code asyncio.gather} and {@code asyncio.wait} in the kit, and continuations that stay on the loop. */
class GatherAndWaitTests {

    private static final ClockControl FAST = new ScaledClock(Duration.ofMillis(10));

    private static <T> T run(Supplier<CompletableFuture<T>> main) {
        return EventLoop.run(main, FAST);
    }

    private static CompletableFuture<String> after(double seconds, String value, List<String> finished) {
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            finished.add(value);
            return value;
        });
    }

    @Test
    void gatherGivesResultsInArgumentOrderNotCompletionOrder() {
        List<String> finished = new CopyOnWriteArrayList<>();

        List<String> results = run(() -> EventLoop.gather(List.of(after(2, "A", finished), after(1, "B", finished),
                after(3, "C", finished))));

        assertThat(finished).containsExactly("B", "A", "C");
        assertThat(results).containsExactly("A", "B", "C");
    }

    @Test
    void gatherWaitsForTheLongestOnlyAndCompletesOnTheLoop() {
        List<String> finished = new CopyOnWriteArrayList<>();
        String[] thread = new String[1];

        // On a virtual clock that jumps: concurrent waits take the longest exactly, sequential ones would take the sum.
        double took = EventLoop.run(() -> {
            double start = EventLoop.time();
            return EventLoop.gather(List.of(after(2, "A", finished), after(3, "C", finished))).thenApply(results -> {
                thread[0] = Thread.currentThread().getName();
                return EventLoop.time() - start;
            });
        }, new VirtualClock(Duration.ofSeconds(1), System::nanoTime, () -> 0L, loop -> false));

        assertThat(took).isGreaterThanOrEqualTo(3).isLessThan(3.5);
        assertThat(thread[0]).isEqualTo(EventLoop.THREAD_NAME);
    }

    @Test
    void gatherFailsWithTheFirstFailureWhileTheOthersGoOn() {
        List<String> finished = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> run(() -> {
            CompletableFuture<String> failing = EventLoop.sleep(1).thenApply(ignored -> {
                throw new IllegalStateException("B failed");
            });
            CompletableFuture<String> slow = after(2, "A", finished);
            return EventLoop.gather(List.of(slow, failing)).whenComplete((value, failure) -> finished.add("gathered"))
                    .exceptionallyCompose(failure -> slow.thenApply(ignored -> {
                        throw new CompletionException(failure);
                    }));
        })).hasMessageContaining("B failed");
        assertThat(finished).containsExactly("gathered", "A");
    }

    @Test
    void gatherReturningExceptionsPutsEachFailureInItsPlace() {
        List<String> finished = new CopyOnWriteArrayList<>();

        List<Object> results = run(() -> EventLoop.gatherReturningExceptions(List.of(after(1, "A", finished),
                EventLoop.sleep(2).thenApply(ignored -> {
                    throw new IllegalArgumentException("B failed");
                }), after(3, "C", finished))));

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isEqualTo("A");
        assertThat(results.get(1)).isInstanceOf(IllegalArgumentException.class).hasToString(
                "java.lang.IllegalArgumentException: B failed");
        assertThat(results.get(2)).isEqualTo("C");
    }

    @Test
    void gatherOfNothingGivesNothingAtOnce() {
        assertThat(run(() -> EventLoop.<String>gather(List.of()))).isEmpty();
    }

    @Test
    void waitFirstCompletedGivesTheFirstDoneAndTheRestPendingInArgumentOrder() {
        List<String> finished = new CopyOnWriteArrayList<>();

        List<String> seen = run(() -> {
            List<CompletableFuture<String>> tasks = List.of(
                    EventLoop.createTask(() -> after(2, "A", finished)),
                    EventLoop.createTask(() -> after(1, "B", finished)),
                    EventLoop.createTask(() -> after(3, "C", finished)));
            return EventLoop.wait(tasks, ReturnWhen.FIRST_COMPLETED).thenApply(done -> {
                done.pending().forEach(task -> task.cancel(false));
                return List.of(done.done().get(0).join(), Integer.toString(done.done().size()),
                        Integer.toString(done.pending().size()), Integer.toString(tasks.indexOf(done.pending().get(0))));
            });
        });

        assertThat(seen).containsExactly("B", "1", "2", "0");
        assertThat(finished).containsExactly("B");
    }

    @Test
    void waitAllCompletedWaitsForEveryOne() {
        List<String> finished = new CopyOnWriteArrayList<>();

        Done<String> done = run(() -> EventLoop.wait(List.of(after(2, "A", finished), after(1, "B", finished)),
                ReturnWhen.ALL_COMPLETED));

        assertThat(done.done()).hasSize(2);
        assertThat(done.pending()).isEmpty();
    }

    @Test
    void waitForNothingIsRefusedAsAsyncioRefusesIt() {
        assertThatThrownBy(() -> run(() -> EventLoop.<String>wait(List.of(), ReturnWhen.FIRST_COMPLETED)))
                .hasMessageContaining("at least one future");
    }

    @Test
    void anAsyncContinuationWithoutAnExecutorStaysOnTheLoop() {
        String[] thread = new String[2];

        double slept = run(() -> EventLoop.sleep(1).thenApplyAsync(ignored -> {
            thread[0] = Thread.currentThread().getName();
            return EventLoop.sleep(1);
        }).thenCompose(next -> next).thenApplyAsync(ignored -> {
            thread[1] = Thread.currentThread().getName();
            return EventLoop.time();
        }));

        assertThat(thread).containsOnly(EventLoop.THREAD_NAME);
        assertThat(slept).isGreaterThanOrEqualTo(2);
    }
}
