package org.lessons.kit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one knob for how long a lesson second really lasts, and helpers that speak lesson seconds.
 *
 * <p>The system property {@value #PROPERTY} sets it: {@code 1s} (the default), {@code 100ms},
 * {@code 0.25s} or an ISO-8601 duration such as {@code PT0.1S}. The grader shortens it; the
 * printed numbers stay the nominal ones.
 *
 * <p>The system property {@value #CLOCK_PROPERTY} chooses the clock: {@code real} (the default: waits take real
 * time, and a program prints what the original prints, when the original prints it) or {@code virtual} (an idle
 * loop jumps to its next deadline at once: what the grader uses; see {@link LessonClock}).
 */
public final class LessonTime {

    /** The system property that sets the length of one lesson second. */
    public static final String PROPERTY = "lesson.second";

    /** The system property that chooses the clock: {@code real} or {@code virtual}. */
    public static final String CLOCK_PROPERTY = "lesson.clock";

    /**
     * The system property that makes every jump of the virtual clock land this many lesson seconds past its deadline,
     * as a slow machine would: a program that measures its totals prints them a little higher, one that computes
     * them from the durations does not. Zero (the default) on the real clock.
     */
    public static final String LATENESS_PROPERTY = "lesson.lateness";

    /** The two clocks a program may run on. */
    public enum ClockKind {
        /** Waits take real time, at the lesson's scale. */
        REAL,
        /** An idle loop jumps straight to its next deadline; time spent working still counts. */
        VIRTUAL
    }

    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)");

    private LessonTime() {
    }

    /** The current length of one lesson second, from {@value #PROPERTY}; one real second if unset. */
    public static Duration lessonSecond() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Duration.ofSeconds(1) : parse(value);
    }

    /**
     * The clock chosen by {@value #CLOCK_PROPERTY}; {@link ClockKind#REAL} if unset.
     *
     * @throws IllegalArgumentException if the property names no clock
     */
    public static ClockKind clockKind() {
        String value = System.getProperty(CLOCK_PROPERTY);
        if (value == null || value.isBlank()) {
            return ClockKind.REAL;
        }
        try {
            return ClockKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CLOCK_PROPERTY + " must be real or virtual, got '" + value + "'", e);
        }
    }

    /**
     * The lateness in {@value #LATENESS_PROPERTY}, in lesson seconds; 0 if unset.
     *
     * @throws IllegalArgumentException if it is not a number from 0 to 60
     */
    public static double lateness() {
        String value = System.getProperty(LATENESS_PROPERTY, "").strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && seconds <= 60) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new IllegalArgumentException(LATENESS_PROPERTY + " must be a number of lesson seconds from 0 to 60, got '"
                + value + "'");
    }

    /**
     * Parses a lesson-second length such as {@code 100ms}, {@code 1s} or {@code PT0.1S}.
     *
     * @throws IllegalArgumentException if the text is not a positive duration
     */
    public static Duration parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE.matcher(trimmed);
        Duration duration;
        if (simple.matches()) {
            double amount = Double.parseDouble(simple.group(1));
            long nanos = Math.round(amount * (simple.group(2).equals("ms") ? 1_000_000d : 1_000_000_000d));
            duration = Duration.ofNanos(nanos);
        } else {
            try {
                duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        PROPERTY + " must look like 100ms, 1s or PT0.1S, got '" + text + "'", e);
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(PROPERTY + " must be longer than zero, got '" + text + "'");
        }
        return duration;
    }

    /**
     * Real milliseconds that {@code lessonSeconds} last now; for a blocking
     * {@code Thread.sleep(LessonTime.millis(2))} in the Break tasks.
     */
    public static long millis(double lessonSeconds) {
        return Math.round(lessonSeconds * lessonSecond().toNanos() / 1_000_000d);
    }

    /**
     * Words for a number of seconds, as the original prints them: {@code "1 second"},
     * {@code "2 seconds"}, {@code "1.5 seconds"}.
     */
    public static String describe(double seconds) {
        String number = seconds == Math.rint(seconds)
                ? Long.toString((long) seconds)
                : stripZeros(String.format(Locale.ROOT, "%.3f", seconds));
        return number + (seconds == 1 ? " second" : " seconds");
    }

    private static String stripZeros(String decimal) {
        String stripped = decimal.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
