package org.lessons.kit;

import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The waits of one loop, in (deadline, creation) order. Only its loop thread touches it.
 */
final class Timers {

    private final PriorityQueue<Wait> waits = new PriorityQueue<>();
    private final java.util.concurrent.Executor loop;
    private long sequence;

    /** The waits of {@code loop}, where what is composed on them without an executor runs. */
    Timers(java.util.concurrent.Executor loop) {
        this.loop = loop;
    }

    /** A new wait that ends at {@code deadline}, asked for by {@code owner}'s code (or none). */
    Wait add(long deadline, LoopTask<?> owner, CallSite site) {
        Wait wait = new Wait(loop, deadline, sequence++, owner, site);
        waits.add(wait);
        return wait;
    }

    boolean isEmpty() {
        return waits.isEmpty();
    }

    long nextDeadline() {
        return waits.element().deadline();
    }

    /**
     * Fires every wait due by {@code now}, in order; {@code running} learns whose code each one resumes. A wait whose
     * task was cancelled meanwhile, even by a wait fired earlier in this same pass, never fires.
     */
    void fireDue(long now, Consumer<LoopTask<?>> running) {
        while (!waits.isEmpty() && waits.peek().deadline() <= now) {
            Wait wait = waits.poll();
            if (!wait.isDone() && !wait.ownerCancelled()) {
                running.accept(wait.owner());
                try {
                    wait.fire();
                } finally {
                    running.accept(null);
                }
            }
        }
    }

    /** Drops and cancels the waits {@code task}'s code asked for. */
    void drop(LoopTask<?> task) {
        List<Wait> dropped = waits.stream().filter(wait -> wait.owner() == task).toList();
        waits.removeAll(dropped);
        dropped.forEach(wait -> wait.cancel(false));
    }

    /** The waits that nobody awaited: still pending, of no cancelled task, in order. */
    List<Wait> forgotten() {
        return waits.stream().filter(wait -> !wait.isDone() && !wait.ownerCancelled()).sorted().toList();
    }

    void clear() {
        waits.clear();
    }
}
