package org.lessons.kit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the calling thread has waited, runnable, for a CPU that others held: the second figure of Linux's
 * {@code /proc/thread-self/schedstat}. Elsewhere it is unknown, and zero.
 *
 * <p>The figure can only have grown when the thread left the CPU, so it is read again only then: when the real time
 * that passed since the last reading exceeds the thread's own CPU time by more than a few microseconds. A loop
 * spinning on {@link EventLoop#time()} therefore reads no file (which the flight recorder would record, each time).
 */
final class RunQueueWait implements VirtualClock.CpuWaits {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    /** Off-CPU time below which the thread cannot have waited for a CPU worth counting. */
    private static final long OFF_CPU_NANOS = 5_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Per thread: the real time, CPU time and figure of its last reading. */
    private final ThreadLocal<long[]> last = new ThreadLocal<>();
    private volatile boolean unavailable = !Files.isReadable(SCHEDSTAT);

    @Override
    public boolean known() {
        return !unavailable;
    }

    /** Nanoseconds the calling thread has spent waiting on a run queue since it started; 0 when unknown. */
    @Override
    public long ofCallingThread() {
        if (unavailable) {
            return 0;
        }
        long real = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long[] previous = last.get();
        if (previous != null && cpu >= 0 && (real - previous[0]) - (cpu - previous[1]) < OFF_CPU_NANOS) {
            previous[0] = real;
            previous[1] = cpu;
            return previous[2];
        }
        long figure = read();
        last.set(new long[] {real, cpu, figure});
        return figure;
    }

    private long read() {
        try {
            String stat = Files.readString(SCHEDSTAT);
            int first = stat.indexOf(' ');
            int second = stat.indexOf(' ', first + 1);
            return Long.parseLong(stat.substring(first + 1, second < 0 ? stat.length() : second).strip());
        } catch (IOException | RuntimeException e) {
            unavailable = true;
            return 0;
        }
    }
}
