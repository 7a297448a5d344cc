package org.lessons.grader.harness;

import java.util.Optional;

/**
 * The learner's line that held the loop thread in a blocking call, and the method it called there.
 *
 * @param where the learner's frame, such as {@code asyncbasics/Run.java:42}
 * @param call the method called from that frame ({@code java.lang.Thread.sleep}), or empty when the stack shows
 *     none (the flight recorder of newer JDKs starts some stacks at the caller of {@code Thread.sleep})
 */
record BlockingSite(String where, String call) {

    /**
     * Frames that block for the JVM's or the grader's own reasons, not because of the learner's call: loading or
     * linking a class, the kit's own bookkeeping, and the harness capturing output.
     */
    private static final String[] NOT_THE_LEARNERS = {
            "java.lang.ClassLoader.", "jdk.internal.loader.", "java.lang.invoke.MethodHandleNatives.",
            "org.lessons.kit.", "org.lessons.grader."};

    /**
     * The site that a blocked stack, top first, shows: its first learner frame, and the frame above it. Empty when
     * no frame is the learner's, or when class loading, the kit or the harness sits between that frame and the wait.
     */
    static Optional<BlockingSite> of(StackTraceElement[] stack, LearnerFrames frames) {
        int learner = frames.firstLearnerFrame(stack);
        if (learner < 0) {
            return Optional.empty();
        }
        String call = "";
        String wait = "";
        for (int i = learner - 1; i >= 0; i--) {
            String method = stack[i].getClassName() + "." + stack[i].getMethodName();
            for (String other : NOT_THE_LEARNERS) {
                if (method.startsWith(other)) {
                    return Optional.empty();
                }
            }
            if (call.isEmpty() && !isSpun(stack[i].getClassName())) { // the nearest real frame above the learner's
                call = method;
            }
            if (wait.isEmpty() && WAITS.contains(method)) { // the nearest wait above it
                wait = method;
            }
        }
        String called = wait.isEmpty() ? call : wait;
        return frames.where(new StackTraceElement[] {stack[learner]}).map(where -> new BlockingSite(where, called));
    }

    /**
     * Methods that wait for another thread: when the JDK code between the learner's frame and the wait holds one (a
     * {@code join} inside a stream the learner collects), it is the call that blocked, not the stream's method.
     */
    private static final java.util.Set<String> WAITS = java.util.Set.of(
            "java.util.concurrent.CompletableFuture.join", "java.util.concurrent.CompletableFuture.get",
            "java.util.concurrent.FutureTask.get", "java.util.concurrent.ForkJoinTask.join",
            "java.util.concurrent.ForkJoinTask.get", "java.lang.Thread.join", "java.lang.Thread.sleep",
            "java.lang.Object.wait", "java.util.concurrent.CountDownLatch.await", "java.util.concurrent.Semaphore.acquire",
            "java.util.concurrent.CyclicBarrier.await", "java.util.concurrent.locks.ReentrantLock.lock");

    /** A class the JVM spins at run time for lambdas and method handles; it names no method anyone called. */
    private static boolean isSpun(String className) {
        return className.contains("LambdaForm$") || className.contains("$$Lambda");
    }
}
