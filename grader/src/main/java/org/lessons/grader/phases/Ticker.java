package org.lessons.grader.phases;

/** A source of nanoseconds for measuring elapsed time; only differences of its readings mean anything. */
@FunctionalInterface
public interface Ticker {

    /** The current reading, in nanoseconds. */
    long read();

    /** The ticker backed by {@code System.nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
