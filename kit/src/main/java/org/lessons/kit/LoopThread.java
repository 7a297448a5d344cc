package org.lessons.kit;

import java.util.OptionalLong;

/** A thread the kit started to run one loop; only the kit makes them, so a thread merely named like one is not one. */
final class LoopThread extends Thread {

    private static final long NOT_WORKING = Long.MIN_VALUE;

    final EventLoop loop;
    /**
     * The thread that made it, in {@link EventLoop#run}, and waits there until the loop has ended: it runs none of
     * the program's code meanwhile.
     */
    final Thread caller = Thread.currentThread();
    /** When the loop began to run the program's code it runs now, on {@link System#nanoTime()}; or NOT_WORKING. */
    private volatile long workingSince = NOT_WORKING;

    LoopThread(EventLoop loop) {
        super(EventLoop.THREAD_NAME);
        this.loop = loop;
        setDaemon(true);
    }

    @Override
    public void run() {
        loop.loop();
    }

    /** On the loop thread: the loop begins to run the program's code (a callback, or the waits due in one pass). */
    static void beginWork() {
        ((LoopThread) Thread.currentThread()).workingSince = System.nanoTime();
    }

    /** On the loop thread: the loop has run that code. */
    static void endWork() {
        ((LoopThread) Thread.currentThread()).workingSince = NOT_WORKING;
    }

    OptionalLong workingSince() {
        long since = workingSince;
        return since == NOT_WORKING ? OptionalLong.empty() : OptionalLong.of(since);
    }
}
