package org.lessons.grader.harness;

import java.util.Optional;
import java.util.function.LongSupplier;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;
import org.lessons.kit.EventLoop;

/**
 * The runtime detector: samples the event loop thread every few milliseconds and reports each
 * stretch during which it stayed blocked (sleeping or waiting) or busy inside learner code.
 */
final class LoopWatchdog implements Runnable {

    private static final long SAMPLE_MILLIS = 4;

    private final Channel channel;
    private final LearnerFrames frames;
    private final LongSupplier clock;
    private final long thresholdNanos;
    private Thread loopThread;
    private Episode episode;

    LoopWatchdog(Channel channel, LearnerFrames frames, LongSupplier clock, long thresholdNanos) {
        this.channel = channel;
        this.frames = frames;
        this.clock = clock;
        this.thresholdNanos = thresholdNanos;
    }

    Thread start() {
        Thread thread = new Thread(this, "grader-loop-watchdog");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                Thread.sleep(SAMPLE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            endEpisode();
        }
    }

    /** Ends the current stretch, if any, and reports it. */
    synchronized void endEpisode() {
        if (episode != null && episode.duration() >= thresholdNanos) {
            channel.send(episode.event());
        }
        episode = null;
    }

    private synchronized void sample() {
        Thread loop = findLoopThread();
        if (loop == null) {
            endEpisode();
            return;
        }
        Thread.State state = loop.getState();
        StackTraceElement[] stack = loop.getStackTrace();
        Optional<Observation> seen = observe(state, stack);
        long now = clock.getAsLong();
        if (seen.isEmpty()) {
            endEpisode();
            return;
        }
        Observation observation = seen.get();
        if (episode == null || !episode.observation.sameStretch(observation)) {
            endEpisode();
            episode = new Episode(observation, now);
        }
        boolean crossed = episode.duration() < thresholdNanos && now - episode.start >= thresholdNanos;
        episode.last = now;
        if (crossed) {
            channel.send(episode.event());
        }
    }

    private Optional<Observation> observe(Thread.State state, StackTraceElement[] stack) {
        int learner = -1;
        for (int i = 0; i < stack.length; i++) {
            if (frames.isLearner(stack[i].getClassName())) {
                learner = i;
                break;
            }
        }
        if (learner < 0 || state == Thread.State.TERMINATED || state == Thread.State.NEW) {
            return Optional.empty();
        }
        String where = frames.where(new StackTraceElement[] {stack[learner]}).orElse("");
        if (state == Thread.State.RUNNABLE) {
            StackTraceElement top = stack[learner];
            return learner == 0 || isJdkLeaf(stack, learner)
                    ? Optional.of(new Observation(Kind.BUSY, top.getClassName() + "." + top.getMethodName(), where))
                    : Optional.empty();
        }
        StackTraceElement call = stack[learner - 1 >= 0 ? learner - 1 : 0];
        boolean sleeping = java.util.Arrays.stream(stack, 0, learner)
                .anyMatch(f -> f.getClassName().equals("java.lang.Thread") && f.getMethodName().startsWith("sleep"));
        return Optional.of(new Observation(sleeping ? Kind.SLEEP : Kind.WAIT,
                call.getClassName() + "." + call.getMethodName(), where));
    }

    /**
     * Busy in plain JDK helpers called from a learner loop (System.nanoTime, Math): still the learner's spin.
     * Linking a lambda, loading a class or checking a permission is the JVM warming up on the learner's first
     * call, not a spin: on a cold, loaded JVM (and with the sandbox's checks) it can take tens of milliseconds.
     */
    private static boolean isJdkLeaf(StackTraceElement[] stack, int learner) {
        for (int i = 0; i < learner; i++) {
            String name = stack[i].getClassName();
            if (name.startsWith("org.lessons.grader.") || name.startsWith("java.io.") || name.startsWith("sun.nio.")
                    || name.startsWith("java.lang.invoke.") || name.startsWith("jdk.internal.loader.")
                    || name.equals("java.lang.ClassLoader") || name.startsWith("java.security.")
                    || name.equals("java.lang.SecurityManager") || name.startsWith("jdk.internal.reflect.")) {
                return false;
            }
        }
        return true;
    }

    private Thread findLoopThread() {
        if (loopThread != null && loopThread.isAlive()) {
            return loopThread;
        }
        loopThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(EventLoop.THREAD_NAME) && t.isAlive())
                .findFirst().orElse(null);
        return loopThread;
    }

    private record Observation(Kind kind, String call, String where) {
        /** A busy loop moves between lines of one method; a blocked thread stays on one line. */
        boolean sameStretch(Observation other) {
            return kind == other.kind && call.equals(other.call) && (kind == Kind.BUSY || where.equals(other.where));
        }
    }

    private static final class Episode {
        private final Observation observation;
        private final long start;
        private long last;

        Episode(Observation observation, long start) {
            this.observation = observation;
            this.start = start;
            this.last = start;
        }

        long duration() {
            return last - start;
        }

        ChildEvent.Stall event() {
            return new ChildEvent.Stall(observation.kind(), observation.call(), observation.where(), start, duration(), 1);
        }
    }
}
