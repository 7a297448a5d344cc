/** Class grading: {@code grade-class} grades a folder of learners' submissions and reports on the class. */
package org.lessons.grader.classroom;
