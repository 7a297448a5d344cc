package org.lessons.kit;

/**
 * Holds the one lesson clock of this JVM. Lesson time is a property of the process, as {@link System#nanoTime()}
 * is: every loop a program runs, one after another, reads the same timeline.
 */
final class SystemClock {

    static final ClockControl INSTANCE = create();

    private SystemClock() {
    }

    private static ClockControl create() {
        return switch (LessonTime.clockKind()) {
            case REAL -> new ScaledClock(LessonTime.lessonSecond());
            case VIRTUAL -> VirtualClock.forThisJvm(LessonTime.lessonSecond(), LessonTime.lateness());
        };
    }
}
