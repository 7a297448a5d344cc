package org.lessons.kit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A future of the loop ({@link EventLoop#sleep}, {@link EventLoop#createTask}, {@link EventLoop#gather}): its
 * {@code ...Async} continuations without an executor run on the loop, as asyncio runs every callback on its loop,
 * and so do those of every stage composed on it. Without this, {@code thenApplyAsync(fn)} would leave the loop for
 * the common pool, where the next {@link EventLoop#sleep} finds no running loop.
 */
class LoopFuture<T> extends CompletableFuture<T> {

    private final Executor loop;

    LoopFuture(Executor loop) {
        this.loop = loop;
    }

    @Override
    public Executor defaultExecutor() {
        return loop;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new LoopFuture<>(loop);
    }
}
