package org.lessons.kit;

import java.time.Duration;

/**
 * The loop's only source of time: a monotonic clock counted in nanoseconds at the lesson's scale, and the length
 * of one lesson second.
 *
 * <p>Two clocks exist. The real one ({@code lesson.clock=real}, the default) lets real time pass: a wait of two
 * lesson seconds takes two lesson seconds of real time. The virtual one ({@code lesson.clock=virtual}, what the
 * grader uses) counts real time only while the program works: when the loop has nothing to do and no other thread
 * of the program is working, it jumps straight to the next timer's deadline instead of waiting. Time spent inside
 * callbacks still counts, so a {@code Thread.sleep} on the loop still makes every later timer late.
 */
public interface LessonClock {

    /** Monotonic time in nanoseconds at the lesson's scale, like {@link System#nanoTime()}. */
    long nanoTime();

    /** How many of this clock's nanoseconds make one lesson second. */
    Duration lessonSecond();

    /**
     * Whether the time the loop thread spends waiting for a CPU that other processes hold is left out of lesson time,
     * so that a busy machine can neither delay nor reorder it. The real clock cannot leave it out.
     */
    default boolean leavesOutLoad() {
        return false;
    }

    /** Converts lesson seconds to this clock's nanoseconds. */
    default long toNanos(double lessonSeconds) {
        return Math.round(lessonSeconds * lessonSecond().toNanos());
    }

    /** Converts this clock's nanoseconds to lesson seconds. */
    default double toLessonSeconds(long nanos) {
        return (double) nanos / lessonSecond().toNanos();
    }

    /**
     * The clock of this JVM, chosen once from the {@value LessonTime#CLOCK_PROPERTY} and {@value LessonTime#PROPERTY}
     * system properties: every loop of a program shares it, so lesson time is one timeline.
     */
    static LessonClock system() {
        // Only the kit's loops may move the clock: the program and the grader see it read-only.
        return SystemClock.INSTANCE;
    }
}
