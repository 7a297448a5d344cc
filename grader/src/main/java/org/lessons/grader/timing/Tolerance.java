package org.lessons.grader.timing;

/**
 * How late a span may end: a share of a lesson second, but never less than a floor of real time. Lesson time
 * is virtual while grading, so what makes a span late is only the CPU time the program's own callbacks take
 * (counted at the lesson's scale); the floor keeps a very short lesson second from turning a few milliseconds of
 * that into a lesson second.
 *
 * @param lessonSeconds the allowed lateness in lesson seconds
 * @param floorNanos the smallest allowed lateness in real nanoseconds
 */
public record Tolerance(double lessonSeconds, long floorNanos) {

    /** The grader's tolerance: 0.3 lesson seconds, at least 30 ms. */
    public static final Tolerance DEFAULT = new Tolerance(0.3, 30_000_000L);

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
