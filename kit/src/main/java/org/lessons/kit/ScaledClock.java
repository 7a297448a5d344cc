package org.lessons.kit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** Real time from {@link System#nanoTime()}, with a lesson second of any length: waits are really waited. */
record ScaledClock(Duration lessonSecond) implements ClockControl {

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

    @Override
    public long idle(long deadline, BooleanSupplier stillIdle) {
        return Math.max(0, deadline - nanoTime());
    }
}
