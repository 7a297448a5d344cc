/**
 * The grading checks: JUnit Jupiter tests, one class per task, each test carrying its task id and
 * points. The grader's launcher runs them against a {@link org.lessons.grader.submission.Submission}.
 */
package org.lessons.grader.checks;
