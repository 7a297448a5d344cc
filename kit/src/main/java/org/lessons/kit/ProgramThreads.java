package org.lessons.kit;

/**
 * Tells whether the program is working on a thread other than the loop, so that the virtual clock does not jump past
 * that work.
 *
 * <p>It looks at the threads of the loop thread's thread group (the program's threads, with the pool threads and
 * helpers they started) and counts one as working when it is another loop, when it runs (also in the JDK's code, as
 * a pool thread does on its way to the program's), or when it waits with a time-out (a {@code Thread.sleep}, a timed
 * park) with the program's own code on its stack. A thread waiting without a time-out can only be woken by another
 * thread, so it does not hold the clock back; nor does an idle pool thread, which waits with only the JDK's frames on
 * its stack. The thread that called {@link EventLoop#run} for the asking loop is not work either: it runs the kit's
 * code on its way into the wait for that loop (on a busy machine it can wait there for a CPU for tens of
 * milliseconds, runnable), and none of the program's until the loop has ended.
 */
final class ProgramThreads implements VirtualClock.WorkElsewhere {

    @Override
    public boolean busy(Thread loop) {
        ThreadGroup group = loop.getThreadGroup();
        if (group == null) {
            return false;
        }
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        Thread caller = loop instanceof LoopThread loopThread ? loopThread.caller : null;
        for (int i = 0; i < count; i++) {
            Thread thread = threads[i];
            if (thread != loop && thread != caller
                    && (EventLoop.isLoopThread(thread) ? thread.isAlive() : working(thread))) {
                return true;
            }
        }
        return false;
    }

    private static boolean working(Thread thread) {
        Thread.State state = thread.getState();
        if (state == Thread.State.RUNNABLE) {
            return true;
        }
        if (state != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (isProgramCode(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Frames outside the JDK belong to the program. (The kit's own frames on another thread are the program's call
     * into the kit; a thread that waits in {@link EventLoop#run} waits without a time-out.)
     */
    static boolean isProgramCode(String className) {
        return !(className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun."));
    }
}
