package org.lessons.kit;

import java.time.Duration;
import java.util.Objects;

/** Real time from {@link System#nanoTime()}, with a lesson second of any length. */
record ScaledClock(Duration lessonSecond) implements LessonClock {

    ScaledClock {
        Objects.requireNonNull(lessonSecond, "lessonSecond");
        if (lessonSecond.isNegative() || lessonSecond.isZero()) {
            throw new IllegalArgumentException("a lesson second must last longer than zero, got " + lessonSecond);
        }
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
