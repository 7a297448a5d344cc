/**
 * Every platform's result from one grading: Classroom 50, Gradescope, PrairieLearn, JUnit XML, a Markdown summary,
 * GitHub annotations and a self-contained HTML report, each written to its platform's published contract.
 */
package org.lessons.grader.formats;
