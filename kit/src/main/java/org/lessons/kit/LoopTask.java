package org.lessons.kit;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A task of the loop, as {@code asyncio.create_task} returns: cancelling it drops its pending waits at once, so it
 * never prints again, and they complete with a {@link java.util.concurrent.CancellationException}.
 */
final class LoopTask<T> extends LoopFuture<T> {

    private final EventLoop loop;
    private final CallSite site;

    LoopTask(EventLoop loop, CallSite site) {
        super(loop);
        this.loop = loop;
        this.site = site;
    }

    CallSite site() {
        return site;
    }

    /**
     * Runs the task's code on the loop, unless it was cancelled first; {@code running} learns, around the call,
     * which task's code runs, so that its waits belong to it.
     */
    void start(Supplier<? extends CompletionStage<T>> coroutine, Consumer<LoopTask<?>> running) {
        if (isDone()) {
            return;
        }
        running.accept(this);
        try {
            CompletionStage<T> stage = Objects.requireNonNull(coroutine.get(),
                    "the task's code returned null instead of a future");
            stage.whenComplete((value, failure) -> {
                if (failure == null) {
                    complete(value);
                } else {
                    completeExceptionally(failure);
                }
            });
        } catch (RuntimeException | Error e) {
            completeExceptionally(e);
        } finally {
            running.accept(null);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            loop.dropWaitsOf(this);
        }
        return cancelled;
    }
}
