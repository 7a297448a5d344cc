/** What a child JVM observed while running learner code, sent to the grader as JSON events. */
package org.lessons.grader.observe;
