package org.lessons.kit;

import java.util.Objects;

/**
 * One task of the lesson: its name and how many lesson seconds it waits, like
 * {@code do_task("A", 2)} in the original.
 */
public record Job(String name, double seconds) {

    public Job {
        Objects.requireNonNull(name, "name");
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("a job waits zero or more lesson seconds, got " + seconds);
        }
    }

    /** Shorthand for {@code new Job(name, seconds)}. */
    public static Job of(String name, double seconds) {
        return new Job(name, seconds);
    }
}
