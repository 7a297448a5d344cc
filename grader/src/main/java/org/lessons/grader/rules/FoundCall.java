package org.lessons.grader.rules;

/**
 * One call (or method reference) found in the learner's classes.
 *
 * @param target the called method, such as {@code Thread.sleep}
 * @param where the learner's file and line, such as {@code asyncbasics/Break2.java:31}
 * @param origin the learner method that makes the call, such as {@code Run.doTask}
 */
public record FoundCall(String target, String where, String origin) {
}
