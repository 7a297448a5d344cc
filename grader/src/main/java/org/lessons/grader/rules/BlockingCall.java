package org.lessons.grader.rules;

/**
 * One blocking call found in the learner's code.
 *
 * @param target the blocking method, such as {@code Thread.sleep}
 * @param where the learner's file and line, such as {@code asyncbasics/Break2.java:31}
 * @param origin the learner method that makes the call
 */
public record BlockingCall(String target, String where, String origin) {
}
