package org.lessons.kit;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The JVM's one {@link LoopObserver}, set once. Set once, so that code that runs later (a program graded by the
 * harness) cannot replace or silence the observer that the harness installed first; a program may call the rest of
 * the kit's public API as it likes, and nothing in it reports to the observer but the kit's loops.
 *
 * <p>This is the kit's one piece of JVM-wide state, on purpose: like {@code System.err} it belongs to the JVM, not to
 * a loop, since every loop a program starts must report to the same observer; it holds one value that never changes
 * once set.
 */
public final class LoopObservers {

    private static final LoopObserver NONE = closing -> { };
    private static final AtomicReference<LoopObserver> OBSERVER = new AtomicReference<>(NONE);

    private LoopObservers() {
    }

    /**
     * Makes {@code observer} hear every loop of this JVM from now on.
     *
     * @throws IllegalStateException when an observer is installed already: it is set once, and stays
     */
    public static void install(LoopObserver observer) {
        java.util.Objects.requireNonNull(observer, "observer");
        if (!OBSERVER.compareAndSet(NONE, observer)) {
            throw new IllegalStateException("a loop observer is installed already; it is set once and stays");
        }
    }

    /** Tells the observer, if any, that a loop closed; what the observer throws does not reach the loop. */
    static void loopClosed(LoopClosing closing) {
        try {
            OBSERVER.get().loopClosed(closing);
        } catch (RuntimeException e) {
            // An observer's failure is not the program's: the loop closes as it would without one.
        }
    }
}
