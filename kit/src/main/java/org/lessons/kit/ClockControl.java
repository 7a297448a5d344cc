package org.lessons.kit;

import java.util.function.BooleanSupplier;

/**
 * The part of a lesson clock that only the kit's loops use: an idle loop asks it how long to wait, and a virtual
 * clock may jump. It is package-private, so that no program can move lesson time by itself.
 */
interface ClockControl extends LessonClock {

    /**
     * How long an idle loop must really wait for its next deadline. A real clock answers the time left; a virtual
     * clock may move its time to the deadline at once and answer zero.
     *
     * @param deadline the next timer's deadline, on this clock
     * @param stillIdle asked last, right before a jump: whether the loop still has nothing ready to run
     * @return real nanoseconds to wait for a callback before asking again; zero when the deadline has come
     */
    long idle(long deadline, BooleanSupplier stillIdle);
}
