package org.lessons.kit;

/**
 * Hears what the kit's loops report, from outside the program: the grader's harness installs one with
 * {@link LoopObservers#install(LoopObserver)} before a program's classes load. The kit's warnings on standard error
 * stay as they are for the learner; an observer receives the same facts as data, whatever the program did to
 * {@code System.err}.
 */
@FunctionalInterface
public interface LoopObserver {

    /** A loop closed: called on its thread, after its warnings were printed. */
    void loopClosed(LoopClosing closing);
}
