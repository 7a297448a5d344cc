package org.lessons.grader.timing;

/**
 * How late a span may end: a share of a lesson second, but never less than a floor of real time,
 * because a short lesson second leaves no room for a JVM's ordinary jitter.
 *
 * @param lessonSeconds the allowed lateness in lesson seconds
 * @param floorNanos the smallest allowed lateness in real nanoseconds
 */
public record Tolerance(double lessonSeconds, long floorNanos) {

    /** The grader's tolerance: 0.3 lesson seconds, at least 60 ms. */
    public static final Tolerance DEFAULT = new Tolerance(0.3, 60_000_000L);

    public Tolerance {
        if (lessonSeconds < 0 || floorNanos < 0) {
            throw new IllegalArgumentException("a tolerance cannot be negative");
        }
    }

    public long slackNanos(long lessonSecondNanos) {
        return Math.max(floorNanos, Math.round(lessonSeconds * lessonSecondNanos));
    }

    public double slackSeconds(long lessonSecondNanos) {
        return (double) slackNanos(lessonSecondNanos) / lessonSecondNanos;
    }
}
