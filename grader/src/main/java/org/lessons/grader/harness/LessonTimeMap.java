package org.lessons.grader.harness;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Pairs of real and lesson time, taken every few milliseconds, so that an instant known only in real time (a flight
 * recorder event) can be placed in lesson time: from the last pair before it, lesson time ran on with real time,
 * because a loop that is blocked makes the virtual clock count real time one to one.
 */
final class LessonTimeMap {

    private static final int MAX_PAIRS = 1 << 17;

    private final LongSupplier lessonNanos;
    private final long[] real = new long[MAX_PAIRS];
    private final long[] lesson = new long[MAX_PAIRS];
    private int size;

    LessonTimeMap(LongSupplier lessonNanos) {
        this.lessonNanos = lessonNanos;
    }

    /** Notes the real and lesson time of now (beyond the capacity, the oldest pairs are kept). */
    synchronized void note() {
        if (size < MAX_PAIRS) {
            real[size] = System.nanoTime();
            lesson[size] = lessonNanos.getAsLong();
            size++;
        }
    }

    /** The lesson time of the real instant {@code realNanos} (on {@link System#nanoTime()}). */
    synchronized long lessonAt(long realNanos) {
        if (size == 0) {
            return lessonNanos.getAsLong() - (System.nanoTime() - realNanos);
        }
        int at = Arrays.binarySearch(real, 0, size, realNanos);
        int before = at >= 0 ? at : Math.max(0, -at - 2);
        return lesson[before] + (realNanos - real[before]);
    }
}
