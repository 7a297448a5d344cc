/**
 * The code that runs inside the child JVM, around the learner's code: it captures output, watches
 * the loop thread (a sampler, and the JDK Flight Recorder in the learner's program), calls the
 * learner's method and reports over the grade channel.
 */
package org.lessons.grader.harness;
