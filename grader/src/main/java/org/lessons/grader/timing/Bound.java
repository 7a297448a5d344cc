package org.lessons.grader.timing;

/**
 * One measured span against its nominal length, in lesson seconds.
 *
 * @param what what was measured, in the learner's words ("Task B's done line after its start")
 * @param nominalSeconds the nominal length
 * @param measuredNanos the measured length, in real nanoseconds
 * @param lessonSecondNanos how long a lesson second lasted in that run
 * @param where the learner's line behind it, or empty
 */
public record Bound(String what, double nominalSeconds, long measuredNanos, long lessonSecondNanos, String where) {

    /** How a measured span stands against its bounds. */
    public enum Verdict { WITHIN, EARLY, LATE }

    public double measuredSeconds() {
        return (double) measuredNanos / lessonSecondNanos;
    }

    /** The lower bound is exact: a wait cannot end before its deadline. */
    public long lowerNanos() {
        return Math.round(nominalSeconds * lessonSecondNanos);
    }

    public Verdict verdict(Tolerance tolerance) {
        if (measuredNanos < lowerNanos()) {
            return Verdict.EARLY;
        }
        return measuredNanos > lowerNanos() + tolerance.slackNanos(lessonSecondNanos) ? Verdict.LATE : Verdict.WITHIN;
    }

    /** How far past the upper bound this span ended, in nanoseconds (zero when within). */
    public long excessNanos(Tolerance tolerance) {
        return Math.max(0, measuredNanos - lowerNanos() - tolerance.slackNanos(lessonSecondNanos));
    }
}
