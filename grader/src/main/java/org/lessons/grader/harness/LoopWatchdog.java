package org.lessons.grader.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;
import org.lessons.kit.LoopActivity;

/**
 * The sampler: looks at every event loop thread every few milliseconds and reports each stretch it stayed inside
 * learner code for longer than a threshold.
 *
 * <p>A busy stretch (a spin, an endless loop) is only seen here: the flight recorder records blocking calls, not
 * running code. A blocked stretch is reported while it still goes on, so that a run killed at its time limit (a
 * deadlock, an endless sleep) still says where the loop hung; once the run has ended, the
 * {@link BlockingRecorder}'s exact count of every blocking call takes its place (see {@link StallLedger}).
 *
 * <p>A busy stretch lasts as long as the CPU time the loop thread spent in it, where the JVM measures that: on a busy
 * machine a short callback can be held off the CPU, in learner code, for longer than the threshold, and that is not
 * the program spinning.
 *
 * <p>A stack trace of another thread stops every thread of the JVM (on JDK 17, a safepoint), the loop thread too, until
 * the JVM's own thread has taken it; on a busy machine that thread waits for a CPU, and lesson time counted the wait.
 * So the sampler takes the loop's stack only where a stretch can be long: when the loop has run one callback (as the
 * kit tells, see {@link LoopActivity}) for a share of the threshold in CPU time, or for the threshold in real time,
 * or waits inside it. A lesson program's short callbacks are never stopped.
 */
final class LoopWatchdog implements Runnable {

    private static final long SAMPLE_MILLIS = 4;

    /** Lesson nanoseconds beyond the real ones between two samples that show the clock jumped: the loop was idle. */
    private static final long JUMP_NANOS = 1_000_000L;

    /** The share of the threshold in CPU time after which a callback's stack is looked at. */
    private static final int CPU_GATE_SHARE = 4;

    private final StallLedger ledger;
    private final LoopThreads loops;
    private final LearnerFrames frames;
    private final LongSupplier clock;
    private final LessonTimeMap times;
    private final long thresholdNanos;
    private final Map<Thread, Episode> episodes = new HashMap<>();
    /** Per loop: where the sampler first saw the callback it runs now. */
    private final Map<Thread, Sighting> sightings = new HashMap<>();
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private Thread thread;
    private long lastReal;
    private long lastLesson;

    LoopWatchdog(StallLedger ledger, LoopThreads loops, LearnerFrames frames, LongSupplier clock, LessonTimeMap times,
                 long thresholdNanos) {
        this.times = times;
        this.ledger = ledger;
        this.loops = loops;
        this.frames = frames;
        this.clock = clock;
        this.thresholdNanos = thresholdNanos;
    }

    /** Starts sampling on a thread of {@code group}: the harness's, apart from the program's threads. */
    void start(ThreadGroup group) {
        thread = new Thread(group, this, "grader-loop-watchdog");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Stops sampling and reports the stretches still going on. */
    void stop() {
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            List.copyOf(episodes.keySet()).forEach(this::endEpisode);
        }
    }

    private void sample() {
        List<Thread> alive = loops.alive();
        List.copyOf(episodes.keySet()).stream().filter(loop -> !alive.contains(loop)).forEach(this::endEpisode);
        times.note();
        long now = System.nanoTime();
        long lesson = clock.getAsLong();
        // Stretches are timed in real time (the virtual clock counts the loop's work one to one), and a clock that
        // jumped between two samples shows the loops went idle between them: short callbacks, not one long stretch.
        if (lesson - lastLesson > now - lastReal + JUMP_NANOS) {
            List.copyOf(episodes.keySet()).forEach(this::endEpisode);
        }
        lastReal = now;
        lastLesson = lesson;
        sightings.keySet().retainAll(alive);
        for (Thread loop : alive) {
            Thread.State state = loop.getState();
            long cpuNow = cpuTime(loop);
            OptionalLong since = LoopActivity.workingSince(loop);
            Sighting sighting = since.isEmpty() ? null : sightings.compute(loop, (l, known) ->
                    known != null && known.since == since.getAsLong() ? known
                            : new Sighting(since.getAsLong(), now, lesson, cpuNow));
            Optional<Observation> seen = sighting == null || !sighting.observed && !mayBeLong(state, sighting, now, cpuNow)
                    ? Optional.empty() : observe(state, loop.getStackTrace());
            Episode episode = episodes.get(loop);
            if (seen.isEmpty()) {
                endEpisode(loop);
                continue;
            }
            if (episode == null || !episode.observation.sameStretch(seen.get())) {
                endEpisode(loop);
                // A busy stretch began where the sampler first saw the callback: its stack was not looked at before.
                episode = seen.get().kind == Kind.BUSY && !sighting.observed
                        ? new Episode(seen.get(), sighting.real, sighting.lesson, sighting.cpu)
                        : new Episode(seen.get(), now, lesson, cpuNow);
                episodes.put(loop, episode);
            }
            sighting.observed = true;
            boolean before = episode.duration() >= thresholdNanos;
            episode.last = now;
            episode.cpuLast = cpuNow;
            boolean crossed = !before && episode.duration() >= thresholdNanos;
            if (crossed) {
                report(episode);
            }
        }
    }

    /**
     * Whether the callback the loop runs may hold it for the threshold: it waits (asleep, parked, blocked), or has run
     * for a share of the threshold in CPU time, or for all of it in real time (a blocking read runs, off the CPU).
     */
    private boolean mayBeLong(Thread.State state, Sighting sighting, long now, long cpuNow) {
        return state != Thread.State.RUNNABLE || now - sighting.real >= thresholdNanos
                || sighting.cpu >= 0 && cpuNow - sighting.cpu >= thresholdNanos / CPU_GATE_SHARE;
    }

    /** Ends the loop thread's current stretch, if any, and reports it when it was long enough. */
    private void endEpisode(Thread loop) {
        Episode episode = episodes.remove(loop);
        if (episode != null && episode.duration() >= thresholdNanos) {
            report(episode);
        }
    }

    private void report(Episode episode) {
        Observation seen = episode.observation;
        if (seen.kind == Kind.BUSY) {
            ledger.busy(seen.site.call(), seen.site.where(), episode.lessonStart, episode.duration());
        } else {
            ledger.sampled(seen.kind, seen.site, episode.lessonStart, episode.duration());
        }
    }

    private Optional<Observation> observe(Thread.State state, StackTraceElement[] stack) {
        int learner = frames.firstLearnerFrame(stack);
        if (learner < 0 || state == Thread.State.TERMINATED || state == Thread.State.NEW) {
            return Optional.empty();
        }
        if (state == Thread.State.RUNNABLE) {
            StackTraceElement top = stack[learner];
            return learner == 0 || isJdkLeaf(stack, learner)
                    ? frames.where(new StackTraceElement[] {top})
                            .map(where -> new Observation(Kind.BUSY, new BlockingSite(where, top.getClassName() + "." + top.getMethodName())))
                    : Optional.empty();
        }
        return BlockingSite.of(stack, frames).map(site -> new Observation(blockedKind(state, stack, learner), site));
    }

    /** What a blocked thread waits in, from its state and the JDK frames above the learner's. */
    private static Kind blockedKind(Thread.State state, StackTraceElement[] stack, int learner) {
        if (state == Thread.State.BLOCKED) {
            return Kind.LOCK;
        }
        for (int i = 0; i < learner; i++) {
            String method = stack[i].getClassName() + "." + stack[i].getMethodName();
            if (method.startsWith("java.lang.Thread.sleep")) {
                return Kind.SLEEP;
            }
            if (method.startsWith("jdk.internal.misc.Unsafe.park")) {
                return Kind.PARK;
            }
        }
        return Kind.WAIT;
    }

    /**
     * Busy in plain JDK helpers called from a learner loop (System.nanoTime, Math): still the learner's spin.
     * Linking a lambda, loading a class or checking a permission is the JVM warming up on the learner's first
     * call, not a spin: on a cold, loaded JVM it can take tens of milliseconds.
     */
    private static boolean isJdkLeaf(StackTraceElement[] stack, int learner) {
        for (int i = 0; i < learner; i++) {
            if (stack[i].getClassName().startsWith("org.lessons.kit.")) {
                return true; // the kit working for a spinning learner (EventLoop.time() reads the clock)
            }
        }
        for (int i = 0; i < learner; i++) {
            String name = stack[i].getClassName();
            if (name.startsWith("org.lessons.grader.") || name.startsWith("java.io.") || name.startsWith("sun.nio.")
                    || name.startsWith("java.lang.invoke.") || name.startsWith("jdk.internal.loader.")
                    || name.equals("java.lang.ClassLoader") || name.startsWith("java.security.")
                    || name.startsWith("jdk.internal.reflect.")) {
                return false;
            }
        }
        return true;
    }

    /** What one sample saw: busy in a learner method, or blocked at a learner line. */
    private record Observation(Kind kind, BlockingSite site) {
        /** A busy loop moves between lines of one method; a blocked thread stays on one line. */
        boolean sameStretch(Observation other) {
            return kind == other.kind && site.call().equals(other.site.call())
                    && (kind == Kind.BUSY || site.where().equals(other.site.where()));
        }
    }

    /** The loop thread's CPU time so far, or -1 where the JVM does not measure it. */
    private long cpuTime(Thread loop) {
        try {
            return cpu.isThreadCpuTimeSupported() ? cpu.getThreadCpuTime(loop.getId()) : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** The first sample that saw the loop in one callback: real, lesson and CPU time then. */
    private static final class Sighting {
        private final long since;
        private final long real;
        private final long lesson;
        private final long cpu;
        /** Whether its stack has been looked at: from then on it is looked at every time, as the stretch may go on. */
        private boolean observed;

        Sighting(long since, long real, long lesson, long cpu) {
            this.since = since;
            this.real = real;
            this.lesson = lesson;
            this.cpu = cpu;
        }
    }

    /**
     * One stretch: timed in real nanoseconds, which the virtual clock counts one to one, or for a busy one in the CPU
     * time the loop thread spent in it; placed in lesson time.
     */
    private static final class Episode {
        private final Observation observation;
        private final long start;
        private final long lessonStart;
        private final long cpuStart;
        private long last;
        private long cpuLast;

        Episode(Observation observation, long start, long lessonStart, long cpuStart) {
            this.observation = observation;
            this.start = start;
            this.lessonStart = lessonStart;
            this.cpuStart = cpuStart;
            this.last = start;
            this.cpuLast = cpuStart;
        }

        long duration() {
            boolean measured = observation.kind == Kind.BUSY && cpuStart >= 0 && cpuLast >= cpuStart;
            return measured ? cpuLast - cpuStart : last - start;
        }
    }
}
