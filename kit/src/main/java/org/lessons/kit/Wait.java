package org.lessons.kit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The future {@link EventLoop#sleep(double)} returns: only its loop completes it, when its deadline comes, as only
 * asyncio's loop ends an {@code asyncio.sleep}. It may be cancelled; then it completes with a
 * {@link java.util.concurrent.CancellationException}.
 *
 * <p>Waits fire in (deadline, creation) order.
 */
final class Wait extends LoopFuture<Void> implements Comparable<Wait> {

    private static final String REFUSAL = "a wait from EventLoop.sleep ends only when its lesson seconds have passed;"
            + " compose on it (thenApply, thenCompose) or cancel it";

    private final long deadline;
    private final long sequence;
    private final LoopTask<?> owner;
    private final CallSite site;

    Wait(Executor loop, long deadline, long sequence, LoopTask<?> owner, CallSite site) {
        super(loop);
        this.deadline = deadline;
        this.sequence = sequence;
        this.owner = owner;
        this.site = site;
    }

    long deadline() {
        return deadline;
    }

    /** The task whose code asked for this wait, or {@code null}. */
    LoopTask<?> owner() {
        return owner;
    }

    CallSite site() {
        return site;
    }

    /** Whether the task that asked for this wait was cancelled: then the wait must never fire. */
    boolean ownerCancelled() {
        return owner != null && owner.isCancelled();
    }

    /** Ends the wait: its deadline has come. Only the loop calls this. */
    void fire() {
        super.complete(null);
    }

    @Override
    public boolean complete(Void value) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public void obtrudeValue(Void value) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public void obtrudeException(Throwable failure) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public CompletableFuture<Void> completeAsync(Supplier<? extends Void> supplier, Executor executor) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public CompletableFuture<Void> completeAsync(Supplier<? extends Void> supplier) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public CompletableFuture<Void> completeOnTimeout(Void value, long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public CompletableFuture<Void> orTimeout(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException(REFUSAL);
    }


    @Override
    public int compareTo(Wait other) {
        int byDeadline = Long.compare(deadline, other.deadline);
        return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
    }
}
