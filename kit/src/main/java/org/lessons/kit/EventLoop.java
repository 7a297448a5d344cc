package org.lessons.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
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
 *   <tr><td>{@code loop.time()}</td><td>{@link #time() EventLoop.time()}, in lesson seconds since the loop started</td></tr>
 * </table>
 *
 * <p>Time is counted in lesson seconds (see {@link LessonTime}). When the loop closes with waits or
 * tasks that nobody awaited, it prints a warning that starts with {@value #WARNING_PREFIX}, as
 * asyncio prints "coroutine ... was never awaited".
 */
public final class EventLoop implements Executor {

    /** The name of every loop thread. */
    public static final String THREAD_NAME = "event-loop";

    /** How every warning of the kit begins on standard error. */
    public static final String WARNING_PREFIX = "EventLoop warning:";

    /** The refusal of a nested {@link #run(Supplier)}, worded as asyncio words it. */
    public static final String NESTED_RUN_MESSAGE = "EventLoop.run() cannot be called from a running event loop";

    private final LessonClock clock;
    private final long startNanos;
    private final BlockingQueue<Runnable> ready = new LinkedBlockingQueue<>();
    /** Only touched on the loop thread. */
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    /** Only touched on the loop thread. */
    private final List<Task<?>> tasks = new ArrayList<>();
    /** Only touched on the loop thread: the task whose code runs now, so its waits belong to it. */
    private Task<?> currentTask;
    private long timerSequence;
    private volatile boolean stopping;

    private EventLoop(LessonClock clock) {
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
        return run(main, LessonClock.system());
    }

    /** Like {@link #run(Supplier)}, on the given clock. */
    public static <T> T run(Supplier<? extends CompletionStage<T>> main, LessonClock clock) {
        Objects.requireNonNull(main, "main");
        Objects.requireNonNull(clock, "clock");
        if (Thread.currentThread() instanceof LoopThread) {
            throw new IllegalStateException(NESTED_RUN_MESSAGE);
        }
        return new EventLoop(clock).runUntilComplete(main);
    }

    /**
     * A future that completes on the loop after {@code seconds} lesson seconds, blocking nothing:
     * {@code asyncio.sleep(seconds)}.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
    public static CompletableFuture<Void> sleep(double seconds) {
        return current().schedule(seconds);
    }

    /**
     * Schedules {@code coroutine} to start on the loop once the current callback returns, and
     * returns its task at once: {@code asyncio.create_task(coroutine)}. Cancelling the task stops
     * its pending waits.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
    public static <T> CompletableFuture<T> createTask(Supplier<? extends CompletionStage<T>> coroutine) {
        Objects.requireNonNull(coroutine, "coroutine");
        return current().spawn(coroutine);
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

    /**
     * Whether {@code thread} is a thread this kit started to run a loop. Only the kit creates such threads, so a
     * thread merely named {@value #THREAD_NAME} is not one.
     */
    public static boolean isLoopThread(Thread thread) {
        return thread instanceof LoopThread;
    }

    /**
     * The loop running on this thread: {@code asyncio.get_running_loop()}.
     *
     * @throws IllegalStateException when not called on a loop thread
     */
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
        execute(() -> startMain(main, result));
        LoopThread thread = new LoopThread(this);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            throw new CompletionException("interrupted while waiting for the event loop", e);
        }
        return unwrap(result);
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

    private static <T> T unwrap(CompletableFuture<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }

    /** The loop itself; runs on the loop thread until main's future has completed. */
    private void loop() {
        try {
            while (!stopping) {
                fireDueTimers();
                Runnable callback = ready.poll();
                if (callback == null && !stopping) {
                    callback = ready.poll(nanosUntilNextTimer(), TimeUnit.NANOSECONDS);
                }
                if (callback != null) {
                    runCallback(callback);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    private void fireDueTimers() {
        long now = clock.nanoTime();
        while (!timers.isEmpty() && timers.peek().deadline() <= now) {
            Timer timer = timers.poll();
            if (!timer.cancelled()) {
                currentTask = timer.owner();
                try {
                    timer.future().complete(null);
                } finally {
                    currentTask = null;
                }
            }
        }
    }

    private long nanosUntilNextTimer() {
        Timer next = timers.peek();
        return next == null ? TimeUnit.MINUTES.toNanos(1) : Math.max(0, next.deadline() - clock.nanoTime());
    }

    private void runCallback(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException | Error e) {
            System.err.println(WARNING_PREFIX + " exception in a callback: " + e);
        }
    }

    private CompletableFuture<Void> schedule(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("cannot sleep NaN seconds");
        }
        CompletableFuture<Void> future = new CompletableFuture<>();
        long deadline = clock.nanoTime() + clock.toNanos(Math.max(0, seconds));
        timers.add(new Timer(deadline, timerSequence++, future, currentTask, CallSite.ofCaller()));
        return future;
    }

    private <T> CompletableFuture<T> spawn(Supplier<? extends CompletionStage<T>> coroutine) {
        Task<T> task = new Task<>(this, CallSite.ofCaller());
        tasks.add(task);
        execute(() -> startTask(task, coroutine));
        return task;
    }

    private <T> void startTask(Task<T> task, Supplier<? extends CompletionStage<T>> coroutine) {
        if (task.isDone()) {
            return;
        }
        currentTask = task;
        try {
            CompletionStage<T> stage = Objects.requireNonNull(coroutine.get(), "the task's code returned null instead of a future");
            stage.whenComplete((value, failure) -> {
                if (failure == null) {
                    task.complete(value);
                } else {
                    task.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException | Error e) {
            task.completeExceptionally(e);
        } finally {
            currentTask = null;
        }
    }

    /** Drops the pending waits of a cancelled task, so they never fire. Runs on the loop thread. */
    private void cancelWaitsOf(Task<?> task) {
        timers.removeIf(timer -> timer.owner() == task);
    }

    private void close() {
        List<Timer> forgotten = timers.stream()
                .filter(timer -> !timer.cancelled() && !timer.future().isDone())
                .filter(timer -> timer.owner() == null || !timer.owner().isCancelled())
                .sorted()
                .toList();
        List<Task<?>> pendingTasks = tasks.stream().filter(task -> !task.isDone()).toList();
        if (!forgotten.isEmpty()) {
            System.err.println(WARNING_PREFIX + " " + forgotten.size() + " wait(s) never finished: nobody awaited them"
                    + " before the loop closed (first started at " + forgotten.get(0).site() + ")."
                    + " Compose every future you start, as you would await every coroutine.");
        }
        if (!pendingTasks.isEmpty()) {
            System.err.println(WARNING_PREFIX + " " + pendingTasks.size() + " task(s) were still pending when the loop"
                    + " closed (first created at " + pendingTasks.get(0).site + ").");
        }
        timers.clear();
    }

    private static final class LoopThread extends Thread {
        private final EventLoop loop;

        LoopThread(EventLoop loop) {
            super(THREAD_NAME);
            this.loop = loop;
            setDaemon(true);
        }

        @Override
        public void run() {
            loop.loop();
        }
    }

    /** A task of the loop: cancelling it also drops the waits it started. */
    private static final class Task<T> extends CompletableFuture<T> {
        private final EventLoop loop;
        private final CallSite site;

        Task(EventLoop loop, CallSite site) {
            this.loop = loop;
            this.site = site;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                loop.execute(() -> loop.cancelWaitsOf(this));
            }
            return cancelled;
        }
    }

    private record Timer(long deadline, long sequence, CompletableFuture<Void> future, Task<?> owner, CallSite site)
            implements Comparable<Timer> {

        boolean cancelled() {
            return future.isCancelled();
        }

        @Override
        public int compareTo(Timer other) {
            int byDeadline = Long.compare(deadline, other.deadline);
            return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
        }
    }

    /** Where the learner's code asked for a wait or a task: the first frame outside the kit. */
    private record CallSite(Optional<StackWalker.StackFrame> frame) {
        private static final StackWalker WALKER = StackWalker.getInstance();

        static CallSite ofCaller() {
            return new CallSite(WALKER.walk(frames -> frames
                    .filter(f -> !f.getClassName().equals(EventLoop.class.getName())
                            && !f.getClassName().startsWith(EventLoop.class.getName() + "$"))
                    .filter(f -> !f.getClassName().startsWith("java."))
                    .findFirst()));
        }

        @Override
        public String toString() {
            return frame.map(f -> f.getClassName() + "." + f.getMethodName()
                    + "(" + f.getFileName() + ":" + f.getLineNumber() + ")").orElse("an unknown place");
        }
    }
}
