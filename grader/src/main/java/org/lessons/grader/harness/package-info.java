/**
 * The code that runs inside the child JVM, around the learner's code: it captures output, watches
 * the loop thread, calls the learner's method and reports over the grade channel.
 */
package org.lessons.grader.harness;
