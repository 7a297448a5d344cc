package org.lessons.kit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Lesson time that passes only while the program works, like Trio's {@code MockClock} with an auto-jump threshold of
 * zero: when the loop is idle and nothing else of the program is in flight, the clock jumps to the loop's next
 * deadline.
 *
 * <p>Real time still counts, at the lesson's scale, wherever the program spends it: inside callbacks (so a
 * {@code Thread.sleep} or a busy loop on the loop thread makes every later timer late, as it would in real time),
 * and while the loop waits for work that another thread of the program is doing (the clock never jumps past that
 * work; see {@link ProgramThreads}). Time a loop thread spends waiting for a CPU that other processes hold is not the
 * program's doing and is left out, where the operating system reports it: a busy machine neither delays nor
 * reorders lesson time.
 */
final class VirtualClock implements ClockControl {

    /** How long, in real nanoseconds, a loop waits before it asks again whether work elsewhere has finished. */
    static final long RECHECK_NANOS = 1_000_000L;

    /** How often a loop thread tries to read the real clock between two equal figures of its waits for a CPU. */
    private static final int CONSISTENT_READ_TRIES = 8;

    private final Duration lessonSecond;
    private final LongSupplier realNanos;
    private final CpuWaits cpuWaitOfCallingThread;
    private final WorkElsewhere elsewhere;
    private final long origin;
    private final long landLateNanos;
    private final AtomicLong jumped = new AtomicLong();
    private final AtomicLong cpuWaits = new AtomicLong();
    /**
     * Per thread, the last time it read: each thread's readings never run backwards. There is no clock-wide bound:
     * a wait for a CPU that two threads of the program shared is left out twice, and holding every later reading at
     * the earlier, higher one would shorten the next span that a loop measures.
     */
    private final ThreadLocal<long[]> lastRead = new ThreadLocal<>();
    private final ThreadLocal<long[]> lastCpuWait = new ThreadLocal<>();
    /** The loop threads that read this clock, and whether each now waits in real time for work elsewhere. */
    private final Map<Thread, Boolean> loopsWaiting = new ConcurrentHashMap<>();
    /** The program's threads: the group of the thread that made this clock, with its subgroups. */
    private final ThreadGroup program = Thread.currentThread().getThreadGroup();

    /** How long, in all, the calling thread has waited for a CPU that others held. */
    @FunctionalInterface
    interface CpuWaits {
        /** Nanoseconds; 0 when unknown. */
        long ofCallingThread();

        /** Whether the figures are known on this system. */
        default boolean known() {
            return true;
        }
    }

    /** Work of the program on threads other than the loop, which the clock must not jump past. */
    @FunctionalInterface
    interface WorkElsewhere {
        /** Whether a thread other than {@code loop} is working for the program now. */
        boolean busy(Thread loop);
    }

    /**
     * @param realNanos a monotonic real clock
     * @param cpuWaitOfCallingThread how long, in all, the calling thread has waited for a CPU (0 when unknown)
     * @param elsewhere the work of the program in flight on other threads
     */
    VirtualClock(Duration lessonSecond, LongSupplier realNanos, CpuWaits cpuWaitOfCallingThread,
                 WorkElsewhere elsewhere) {
        this(lessonSecond, realNanos, cpuWaitOfCallingThread, elsewhere, 0);
    }

    private VirtualClock(Duration lessonSecond, LongSupplier realNanos, CpuWaits cpuWaitOfCallingThread,
                         WorkElsewhere elsewhere, long landLateNanos) {
        this.landLateNanos = landLateNanos;
        this.lessonSecond = Objects.requireNonNull(lessonSecond, "lessonSecond");
        this.realNanos = Objects.requireNonNull(realNanos, "realNanos");
        this.cpuWaitOfCallingThread = Objects.requireNonNull(cpuWaitOfCallingThread, "cpuWaitOfCallingThread");
        this.elsewhere = Objects.requireNonNull(elsewhere, "elsewhere");
        this.origin = realNanos.getAsLong();
    }

    /**
     * The virtual clock of a real program: the system's clock, the operating system's CPU waits, its threads.
     *
     * @param lateness lesson seconds past its deadline that every jump lands, as on a slow machine
     */
    static VirtualClock forThisJvm(Duration lessonSecond, double lateness) {
        VirtualClock clock = new VirtualClock(lessonSecond, System::nanoTime, new RunQueueWait(), new ProgramThreads());
        return lateness == 0 ? clock : clock.landingLate(Math.round(lateness * lessonSecond.toNanos()));
    }

    /** This clock, with every jump landing {@code nanos} past its deadline. */
    VirtualClock landingLate(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a jump cannot land early, got " + nanos);
        }
        return new VirtualClock(lessonSecond, realNanos, cpuWaitOfCallingThread, elsewhere, nanos);
    }

    @Override
    public Duration lessonSecond() {
        return lessonSecond;
    }

    @Override
    public boolean leavesOutLoad() {
        return cpuWaitOfCallingThread.known();
    }

    /**
     * Lesson time now, never running backwards. A loop thread reads it exactly, leaving out its own waits for a CPU.
     * Another of the program's threads leaves out its own waits too when it carries the program: when no loop is
     * working (none runs, or every one waits for work in flight elsewhere), such as the thread that called
     * {@link EventLoop#run} once the loop has ended, or a pool thread the loop waits for. While a loop works, another thread reads the time as
     * of the loop's last reading, and its own waits are not the program's delay.
     */
    @Override
    public long nanoTime() {
        Thread reader = Thread.currentThread();
        boolean loop = EventLoop.isLoopThread(reader);
        if (loop) {
            loopsWaiting.put(reader, false);
        }
        if (loop || carries(reader) && noLoopWorking()) {
            long real = leaveOutCpuWaits(true, loop);
            return monotonic(real - origin + jumped.get() - cpuWaits.get());
        }
        leaveOutCpuWaits(false, false);
        return monotonic(raw());
    }

    /**
     * Whether {@code reader} is one of the program's threads (of the thread group the clock was made in, as the loop's
     * pool threads are), not an observer's such as a grader's watchdog: only one of those can carry the program.
     */
    private boolean carries(Thread reader) {
        ThreadGroup group = reader.getThreadGroup();
        return group != null && program.parentOf(group);
    }

    /** Whether every loop that read this clock has ended or waits for work elsewhere. */
    private boolean noLoopWorking() {
        loopsWaiting.keySet().removeIf(thread -> !thread.isAlive());
        return !loopsWaiting.containsValue(false);
    }

    @Override
    public long idle(long deadline, BooleanSupplier stillIdle) {
        long left = deadline - nanoTime();
        if (left <= 0) {
            return 0;
        }
        if (elsewhere.busy(Thread.currentThread())) {
            loopsWaiting.put(Thread.currentThread(), true);
            return Math.min(left, RECHECK_NANOS);
        }
        if (stillIdle.getAsBoolean()) {
            jumped.addAndGet(Math.max(0, deadline + landLateNanos - raw()));
        }
        return 0;
    }

    private long monotonic(long now) {
        long[] last = lastRead.get();
        if (last == null) {
            lastRead.set(new long[] {now});
            return now;
        }
        last[0] = Math.max(last[0], now);
        return last[0];
    }

    private long raw() {
        return realNanos.getAsLong() - origin + jumped.get() - cpuWaits.get();
    }

    /**
     * Adds what the calling thread waited for a CPU since it last read the clock (when {@code count}; otherwise only
     * notes the figure; at a first reading, since the thread was born when {@code sinceBirth}), and returns the real
     * time that figure belongs to. It asks every time, and reads the real
     * clock between two equal figures: a {@code Thread.sleep} on the loop must measure at least its own length, so a
     * wait for a CPU that falls between the two readings must not count on one side only.
     */
    private long leaveOutCpuWaits(boolean count, boolean sinceBirth) {
        long real;
        long total;
        int tries = 0;
        do {
            long before = cpuWaitOfCallingThread.ofCallingThread();
            real = realNanos.getAsLong();
            total = cpuWaitOfCallingThread.ofCallingThread();
            if (total == before) {
                break;
            }
        } while (++tries < CONSISTENT_READ_TRIES);
        long[] last = lastCpuWait.get();
        if (last == null) {
            // A loop thread is started to run the loop: what it waited for a CPU before it first ran is load, not the
            // program's work (on a busy machine, tens of milliseconds), so its first reading leaves it out too.
            if (count && sinceBirth) {
                cpuWaits.addAndGet(total);
            }
            lastCpuWait.set(new long[] {total});
        } else if (total > last[0]) {
            if (count) {
                cpuWaits.addAndGet(total - last[0]);
            }
            last[0] = total;
        }
        return real;
    }
}
