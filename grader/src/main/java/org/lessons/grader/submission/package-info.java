/** The learner's submission: its sources compiled per task, and the runs made of it, cached per grading. */
package org.lessons.grader.submission;
