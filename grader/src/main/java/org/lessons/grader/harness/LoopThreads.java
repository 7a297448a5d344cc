package org.lessons.grader.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lessons.kit.EventLoop;

/**
 * The event loop threads of this run, told apart by the kit's own reference ({@link EventLoop#isLoopThread}),
 * never by name: a learner's thread named like the loop is not one. Every loop thread found is remembered by id, so
 * that what the flight recorder saw on it still counts once it has ended.
 */
final class LoopThreads {

    private final Set<Long> ids = ConcurrentHashMap.newKeySet();

    /** The loop threads alive now. */
    List<Thread> alive() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        List<Thread> loops = new ArrayList<>(1);
        for (int i = 0; i < count; i++) {
            if (EventLoop.isLoopThread(threads[i]) && threads[i].isAlive()) {
                loops.add(threads[i]);
                ids.add(threads[i].getId());
            }
        }
        return loops;
    }

    /** Whether the thread with this id was found to be a loop thread at some time. */
    boolean wasLoop(long threadId) {
        return ids.contains(threadId);
    }
}
