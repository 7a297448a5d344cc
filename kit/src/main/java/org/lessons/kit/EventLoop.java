package org.lessons.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A single-threaded event loop like asyncio's: one named thread runs every callback, waits are
 * timers on that thread, and nothing may block it.
 *
 * <table>
 *   <caption>asyncio and this kit</caption>
 *   <tr><td>{@code asyncio.run(main())}</td><td>{@link #run(Supplier) EventLoop.run(() -> main())}</td></tr>
 *   <tr><td>{@code await asyncio.sleep(s)}</td><td>{@link #sleep(double) EventLoop.sleep(s)}, then compose</td></tr>
 *   <tr><td>{@code asyncio.create_task(c)}</td><td>{@link #createTask(Supplier) EventLoop.createTask(() -> c)}</td></tr>
 *   <tr><td>{@code await asyncio.gather(*aws)}</td><td>{@link #gather(List) EventLoop.gather(aws)}, then compose</td></tr>
 *   <tr><td>{@code await asyncio.wait(aws, return_when=FIRST_COMPLETED)}</td>
 *       <td>{@link #wait(List, ReturnWhen) EventLoop.wait(aws, ReturnWhen.FIRST_COMPLETED)}</td></tr>
 *   <tr><td>{@code loop.time()}</td><td>{@link #time() EventLoop.time()}, in lesson seconds since the loop started</td></tr>
 * </table>
 *
 * <p>The loop is itself an {@link Executor}. The {@code ...Async} methods of the futures the kit returns (and of
 * everything composed on them) run on the loop when given no executor, as asyncio's callbacks do; a future made
 * elsewhere ({@code CompletableFuture.supplyAsync}) comes back to the loop with {@code ...Async(fn, EventLoop.current())}.
 *
 * <p>Time is counted in lesson seconds on the JVM's {@link LessonClock}. When the loop closes with waits or
 * tasks that nobody awaited, it prints a warning that starts with {@value #WARNING_PREFIX}, as
 * asyncio prints "coroutine ... was never awaited"; every close is also reported, as data, to the JVM's
 * {@link LoopObservers observer}.
 */
public final class EventLoop implements Executor {

    /** The name of every loop thread. */
    public static final String THREAD_NAME = "event-loop";

    /** How every warning of the kit begins on standard error. */
    public static final String WARNING_PREFIX = "EventLoop warning:";

    /** The refusal of a nested {@link #run(Supplier)}, worded as asyncio words it. */
    public static final String NESTED_RUN_MESSAGE = "EventLoop.run() cannot be called from a running event loop";

    /** The longest wait {@link #sleep(double)} takes, in lesson seconds: about 31 years. */
    public static final double MAX_SLEEP_SECONDS = 1e9;
    private final ClockControl clock;
    private final long startNanos;
    private final BlockingQueue<Runnable> ready = new LinkedBlockingQueue<>();
    private final Timers timers = new Timers(this);
    private final List<LoopTask<?>> tasks = new ArrayList<>(); // only touched on the loop thread
    /** Only touched on the loop thread: the task whose code runs now, so its waits belong to it. */
    private LoopTask<?> currentTask;
    private volatile boolean stopping;
    /** Main's future, failed by the loop itself when a wait's completion throws past the futures' own handling. */
    private volatile CompletableFuture<?> mainResult;
    private volatile Thread thread;

    EventLoop(ClockControl clock) {
        this.clock = clock;
        this.startNanos = clock.nanoTime();
    }

    /**
     * Runs {@code main} on a new event loop, blocks until the future it returns completes, closes
     * the loop and returns the result, like {@code asyncio.run(main())}.
     *
     * @throws IllegalStateException when called on a loop thread: {@value #NESTED_RUN_MESSAGE}
     * @throws RuntimeException whatever {@code main}'s future failed with (unwrapped)
     */
    public static <T> T run(Supplier<? extends CompletionStage<T>> main) {
        return run(main, SystemClock.INSTANCE);
    }

    /** Like {@link #run(Supplier)}, on the given clock: for the kit's own tests. */
    static <T> T run(Supplier<? extends CompletionStage<T>> main, ClockControl clock) {
        Objects.requireNonNull(main, "main");
        Objects.requireNonNull(clock, "clock");
        if (inLoop()) {
            throw new IllegalStateException(NESTED_RUN_MESSAGE);
        }
        return new EventLoop(clock).runUntilComplete(main);
    }

    /**
     * A future that completes on the loop after {@code seconds} lesson seconds, blocking nothing:
     * {@code asyncio.sleep(seconds)}. Only the loop completes it; cancelling it is allowed.
     *
     * @throws IllegalArgumentException when {@code seconds} is not a number, negative, or longer than
     *     {@value #MAX_SLEEP_SECONDS}
     * @throws IllegalStateException when not called on a loop thread
     */
    public static CompletableFuture<Void> sleep(double seconds) {
        if (!(seconds >= 0 && seconds <= MAX_SLEEP_SECONDS)) {
            throw new IllegalArgumentException("EventLoop.sleep takes from 0 to " + (long) MAX_SLEEP_SECONDS
                    + " lesson seconds, got " + seconds);
        }
        return current().schedule(seconds);
    }

    /**
     * Schedules {@code coroutine} to start on the loop once the current callback returns, and
     * returns its task at once: {@code asyncio.create_task(coroutine)}. Cancelling the task drops
     * its pending waits at once, so it never prints again.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
    public static <T> CompletableFuture<T> createTask(Supplier<? extends CompletionStage<T>> coroutine) {
        Objects.requireNonNull(coroutine, "coroutine");
        EventLoop loop = current();
        LoopTask<T> task = new LoopTask<>(loop, CallSite.ofCaller());
        loop.tasks.add(task);
        loop.execute(() -> task.start(coroutine, running -> loop.currentTask = running));
        return task;
    }

    /**
     * One future for all of {@code futures}: their results in argument order, {@code asyncio.gather(*futures)}. The
     * first failure among them fails it at once (the others go on). It completes on the loop.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
    public static <T> CompletableFuture<List<T>> gather(List<? extends CompletionStage<? extends T>> futures) {
        return Gathering.all(current(), futures, false, failure -> null);
    }

    /**
     * Like {@link #gather(List)}, with each failure in its result's place instead of failing the whole:
     * {@code asyncio.gather(*futures, return_exceptions=True)}.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
    public static CompletableFuture<List<Object>> gatherReturningExceptions(List<? extends CompletionStage<?>> futures) {
        return Gathering.all(current(), futures, true, failure -> failure);
    }

    /**
     * The futures that are done and those still pending, once {@code when} holds: {@code asyncio.wait(futures,
     * return_when=...)}. Nothing is cancelled. It completes on the loop.
     *
     * @throws IllegalArgumentException when {@code futures} is empty
     * @throws IllegalStateException when not called on a loop thread
     */
    public static <T> CompletableFuture<Done<T>> wait(List<? extends CompletableFuture<T>> futures, ReturnWhen when) {
        return Gathering.wait(current(), futures, when);
    }

    /**
     * Lesson seconds since the running loop started: {@code loop.time()}.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
    public static double time() {
        EventLoop loop = current();
        return loop.clock.toLessonSeconds(loop.clock.nanoTime() - loop.startNanos);
    }

    /** Whether the calling thread is an event loop thread. */
    public static boolean inLoop() {
        return isLoopThread(Thread.currentThread());
    }

    /** Whether {@code thread} runs a loop: only the kit makes such threads, whatever others are named. */
    public static boolean isLoopThread(Thread thread) {
        return thread instanceof LoopThread;
    }

    /** The loop running on this thread, {@code asyncio.get_running_loop()}; refused on any other thread. */
    public static EventLoop current() {
        if (Thread.currentThread() instanceof LoopThread loopThread) {
            return loopThread.loop;
        }
        throw new IllegalStateException("no running event loop: call this from code that EventLoop.run() runs");
    }

    /** Runs {@code command} on the loop thread soon; for the {@code ...Async(fn, executor)} methods. */
    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        ready.add(command);
    }

    private <T> T runUntilComplete(Supplier<? extends CompletionStage<T>> main) {
        CompletableFuture<T> result = new CompletableFuture<>();
        mainResult = result;
        execute(() -> startMain(main, result));
        LoopThread loopThread = new LoopThread(this);
        thread = loopThread;
        loopThread.start();
        // The caller's own waits for a CPU while the loop works are not the program's delay: note where they stand.
        clock.nanoTime();
        try {
            loopThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            throw new CompletionException("interrupted while waiting for the event loop", e);
        }
        return Outcome.of(result);
    }

    private <T> void startMain(Supplier<? extends CompletionStage<T>> main, CompletableFuture<T> result) {
        try {
            CompletionStage<T> stage = Objects.requireNonNull(main.get(), "main returned null instead of a future");
            stage.whenComplete((value, failure) -> {
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
                execute(() -> stopping = true);
            });
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            stopping = true;
        }
    }

    /** The loop itself; runs on the loop thread until main's future has completed. */
    void loop() {
        try {
            while (!stopping) {
                fireDueTimers();
                Runnable callback = ready.poll();
                if (callback == null && !stopping) {
                    long wait = timers.isEmpty() ? TimeUnit.MINUTES.toNanos(1)
                            : clock.idle(timers.nextDeadline(), ready::isEmpty);
                    if (wait > 0) {
                        callback = ready.poll(wait, TimeUnit.NANOSECONDS);
                    }
                }
                if (callback != null) {
                    runCallback(callback);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            // Its last reading leaves out what the loop waited for a CPU while it closed, before its caller resumes.
            clock.nanoTime();
        }
    }

    /**
     * Fires the due waits. What a wait's completion throws got past the futures' own handling (a program's exception
     * whose {@code getMessage} throws breaks {@link CompletableFuture}'s wrapping): no future of that chain will ever
     * complete, so main fails with it at once rather than the loop waiting for ever.
     */
    private void fireDueTimers() {
        LoopThread.beginWork();
        try {
            timers.fireDue(clock.nanoTime(), task -> currentTask = task);
        } catch (RuntimeException | Error e) {
            System.err.println(WARNING_PREFIX + " completing a wait failed, so main fails: " + ThrowableText.of(e));
            mainResult.completeExceptionally(e);
            stopping = true;
        }
        LoopThread.endWork();
    }

    private void runCallback(Runnable callback) {
        LoopThread.beginWork();
        try {
            callback.run();
        } catch (RuntimeException | Error e) {
            System.err.println(WARNING_PREFIX + " exception in a callback: " + ThrowableText.of(e));
        }
        LoopThread.endWork();
    }

    private CompletableFuture<Void> schedule(double seconds) {
        return timers.add(clock.nanoTime() + clock.toNanos(seconds), currentTask, CallSite.ofCaller());
    }

    /**
     * Drops the pending waits of a cancelled task: at once on the loop thread, so that none fires even in the pass
     * that is firing now, and soon from any other thread (the loop skips them meanwhile). Each completes with a
     * {@link java.util.concurrent.CancellationException}.
     */
    void dropWaitsOf(LoopTask<?> task) {
        if (Thread.currentThread() == thread) {
            timers.drop(task);
        } else {
            execute(() -> dropWaitsOf(task));
        }
    }

    private void close() {
        LoopClosing closing = LoopClosing.of(timers.forgotten(), tasks.stream().filter(task -> !task.isDone()).toList());
        closing.warnings().forEach(System.err::println);
        timers.clear();
        LoopObservers.loopClosed(closing);
    }
}
