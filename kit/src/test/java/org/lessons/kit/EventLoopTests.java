package org.lessons.kit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLoopTests {

    /** Ten real milliseconds per lesson second keep these tests fast. */
    private static final ClockControl FAST = new ScaledClock(Duration.ofMillis(10));

    private static <T> T run(Supplier<CompletableFuture<T>> main) {
        return EventLoop.run(main, FAST);
    }

    @Test
    void runReturnsWhatMainsFutureCompletesWith() {
        assertThat(EventLoop.run(() -> CompletableFuture.completedFuture("done"), FAST)).isEqualTo("done");
    }

    @Test
    void everyCallbackRunsOnTheOneLoopThread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        run(() -> {
            threads.add(Thread.currentThread().getName());
            return EventLoop.sleep(1).thenRun(() -> threads.add(Thread.currentThread().getName()));
        });

        assertThat(threads).containsOnly(EventLoop.THREAD_NAME).hasSize(2);
    }

    @Test
    void sleepNeverEndsBeforeItsLessonSeconds() {
        long[] elapsed = new long[1];
        run(() -> {
            long start = System.nanoTime();
            return EventLoop.sleep(3).thenRun(() -> elapsed[0] = System.nanoTime() - start);
        });

        assertThat(elapsed[0]).isGreaterThanOrEqualTo(FAST.toNanos(3));
    }

    @Test
    void concurrentSleepsOverlapAndFinishShortestFirst() {
        List<String> finished = new CopyOnWriteArrayList<>();
        double total = run(() -> {
            double start = EventLoop.time();
            CompletableFuture<?> a = EventLoop.sleep(2).thenRun(() -> finished.add("A"));
            CompletableFuture<?> b = EventLoop.sleep(1).thenRun(() -> finished.add("B"));
            CompletableFuture<?> c = EventLoop.sleep(3).thenRun(() -> finished.add("C"));
            return CompletableFuture.allOf(a, b, c).thenApply(ignored -> EventLoop.time() - start);
        });

        assertThat(finished).containsExactly("B", "A", "C");
        assertThat(total).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void equalWaitsFinishInTheOrderTheyStarted() {
        List<String> finished = new CopyOnWriteArrayList<>();
        run(() -> CompletableFuture.allOf(
                EventLoop.sleep(1).thenRun(() -> finished.add("first")),
                EventLoop.sleep(1).thenRun(() -> finished.add("second")),
                EventLoop.sleep(1).thenRun(() -> finished.add("third"))));

        assertThat(finished).containsExactly("first", "second", "third");
    }

    @Test
    void createdTaskStartsOnlyAfterTheCurrentCallbackReturns() {
        List<String> events = new CopyOnWriteArrayList<>();
        run(() -> {
            CompletableFuture<String> task = EventLoop.createTask(() -> {
                events.add("task runs");
                return CompletableFuture.completedFuture("value");
            });
            events.add("caller continues");
            return task.thenAccept(value -> events.add("awaited " + value));
        });

        assertThat(events).containsExactly("caller continues", "task runs", "awaited value");
    }

    @Test
    void nestedRunIsRefusedWithAsynciosWording() {
        assertThatThrownBy(() -> run(() -> CompletableFuture.completedFuture(
                EventLoop.run(() -> CompletableFuture.completedFuture("inner"), FAST))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(EventLoop.NESTED_RUN_MESSAGE)
                .hasMessageContaining("cannot be called from a running event loop");
    }

    @Test
    void failureOfMainReachesTheCallerUnwrapped() {
        assertThatThrownBy(() -> run(() -> EventLoop.sleep(1).thenApply(ignored -> {
            throw new IllegalArgumentException("boom");
        }))).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
    }

    @Test
    void sleepOutsideALoopIsRefused() {
        assertThatThrownBy(() -> EventLoop.sleep(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no running event loop");
        assertThat(EventLoop.inLoop()).isFalse();
    }

    @Test
    void closingWithAWaitNobodyAwaitedWarnsAndNamesTheCaller() {
        String err = StandardError.of(() -> run(() -> {
            EventLoop.sleep(5);
            return CompletableFuture.completedFuture(null);
        }));

        assertThat(err).startsWith(EventLoop.WARNING_PREFIX)
                .contains("nobody awaited")
                .contains("EventLoopTests");
    }

    @Test
    void closingWithATaskStillPendingWarns() {
        String err = StandardError.of(() -> run(() -> {
            EventLoop.createTask(() -> EventLoop.sleep(5));
            return CompletableFuture.completedFuture(null);
        }));

        assertThat(err).contains("task(s) were still pending");
    }

    @Test
    void cancellingATaskDropsItsWaitsSoNothingIsLeftPending() {
        List<String> done = new CopyOnWriteArrayList<>();
        String err = StandardError.of(() -> run(() -> {
            CompletableFuture<Void> slow = EventLoop.createTask(() -> EventLoop.sleep(100).thenRun(() -> done.add("slow")));
            CompletableFuture<Void> fast = EventLoop.createTask(() -> EventLoop.sleep(1).thenRun(() -> done.add("fast")));
            return CompletableFuture.anyOf(slow, fast).thenCompose(first -> {
                slow.cancel(true);
                return EventLoop.sleep(1);
            });
        }));

        assertThat(done).containsExactly("fast");
        assertThat(err).isEmpty();
    }

    @Test
    void aTaskCancelledWhileItsWaitIsDueInTheSamePassNeverResumes() {
        List<String> done = new CopyOnWriteArrayList<>();
        run(() -> {
            List<CompletableFuture<String>> tasks = List.of("A", "B").stream()
                    .map(name -> EventLoop.createTask(() -> EventLoop.sleep(1).thenApply(ignored -> {
                        done.add(name);
                        return name;
                    }))).toList();
            CompletableFuture<String> c = EventLoop.createTask(() -> EventLoop.sleep(2).thenApply(ignored -> "C"));
            return CompletableFuture.anyOf(tasks.get(0), tasks.get(1), c).thenRun(() -> {
                tasks.forEach(task -> task.cancel(true));
                c.cancel(true);
            });
        });

        assertThat(done).containsExactly("A");
    }

    @Test
    void theWaitsOfACancelledTaskEndWithACancellation() {
        List<CompletableFuture<Void>> waits = new CopyOnWriteArrayList<>();
        run(() -> {
            CompletableFuture<Void> task = EventLoop.createTask(() -> {
                CompletableFuture<Void> wait = EventLoop.sleep(5);
                waits.add(wait);
                return wait;
            });
            return EventLoop.sleep(1).thenRun(() -> task.cancel(true));
        });

        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isCancelled());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -1, Double.POSITIVE_INFINITY, 1e300})
    void sleepRefusesWhatIsNotADuration(double seconds) {
        assertThatThrownBy(() -> run(() -> EventLoop.sleep(seconds)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EventLoop.sleep takes from 0 to")
                .hasMessageContaining(String.valueOf(seconds));
    }

    @Test
    void onlyTheLoopEndsAWait() {
        List<String> events = new CopyOnWriteArrayList<>();
        run(() -> {
            CompletableFuture<Void> wait = EventLoop.sleep(1);
            for (Runnable attempt : List.<Runnable>of(() -> wait.complete(null),
                    () -> wait.completeExceptionally(new RuntimeException()), () -> wait.obtrudeValue(null),
                    () -> wait.completeOnTimeout(null, 1, java.util.concurrent.TimeUnit.MILLISECONDS))) {
                try {
                    attempt.run();
                } catch (UnsupportedOperationException refused) {
                    events.add("refused");
                }
            }
            events.add("pending: " + !wait.isDone());
            return wait.thenRun(() -> events.add("ended by the loop"));
        });

        assertThat(events).containsExactly("refused", "refused", "refused", "refused", "pending: true",
                "ended by the loop");
    }

    @Test
    void aFullyAwaitedProgramPrintsNoWarning() {
        String err = StandardError.of(() -> run(() -> CompletableFuture.allOf(EventLoop.sleep(1),
                EventLoop.createTask(() -> EventLoop.sleep(2)))));

        assertThat(err).isEmpty();
    }
}
