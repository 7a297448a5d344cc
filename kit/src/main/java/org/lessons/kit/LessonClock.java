package org.lessons.kit;

import java.time.Duration;

/**
 * The loop's only source of time: a monotonic clock and the length of one lesson second.
 *
 * <p>This is the seam where a deterministic virtual clock may replace the scaled real one.
 */
public interface LessonClock {

    /** Monotonic real time in nanoseconds, like {@link System#nanoTime()}. */
    long nanoTime();

    /** How long one lesson second really lasts on this clock. */
    Duration lessonSecond();

    /** Converts lesson seconds to real nanoseconds on this clock. */
    default long toNanos(double lessonSeconds) {
        return Math.round(lessonSeconds * lessonSecond().toNanos());
    }

    /** Converts real nanoseconds to lesson seconds on this clock. */
    default double toLessonSeconds(long nanos) {
        return (double) nanos / lessonSecond().toNanos();
    }

    /** The real clock, with the lesson second read from the {@code lesson.second} system property. */
    static LessonClock system() {
        return new ScaledClock(LessonTime.lessonSecond());
    }
}
