/** The command line: {@code GradeCommand} grades a submission and prints and writes the grade. */
package org.lessons.grader.cli;
