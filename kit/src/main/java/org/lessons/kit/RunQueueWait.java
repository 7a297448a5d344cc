package org.lessons.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the calling thread has waited, runnable, for a CPU that others held: the second figure of Linux's
 * {@code /proc/thread-self/schedstat}. Elsewhere it is unknown, and zero.
 */
final class RunQueueWait implements VirtualClock.CpuWaits {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

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
