package org.lessons.kit;

import java.util.concurrent.CompletableFuture;

/**
 * A task of the loop, as {@code asyncio.create_task} returns: cancelling it drops its pending waits at once, so it
 * never prints again, and they complete with a {@link java.util.concurrent.CancellationException}.
 */
final class LoopTask<T> extends CompletableFuture<T> {

    private final EventLoop loop;
    private final CallSite site;

    LoopTask(EventLoop loop, CallSite site) {
        this.loop = loop;
        this.site = site;
    }

    CallSite site() {
        return site;
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
