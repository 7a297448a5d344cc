/** Runs learner code in a child JVM with a hard wall-clock limit, and reads what it observed. */
package org.lessons.grader.isolation;
