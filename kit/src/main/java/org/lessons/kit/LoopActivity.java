package org.lessons.kit;

import java.util.OptionalLong;

/**
 * What a loop thread is doing now, for an observer such as a grader's watchdog. Reading it stops no thread, where
 * taking a thread's stack trace stops every thread of the JVM for a moment (on JDK 17, a safepoint).
 */
public final class LoopActivity {

    private LoopActivity() {
    }

    /**
     * When the loop on {@code thread} began to run the program's code that it runs now (one callback, or the waits due
     * in one pass), on {@link System#nanoTime()}; empty while it runs none (it waits, jumps or has ended), or when
     * {@code thread} runs no loop.
     */
    public static OptionalLong workingSince(Thread thread) {
        return thread instanceof LoopThread loopThread ? loopThread.workingSince() : OptionalLong.empty();
    }
}
