/** Outcomes of checks turned into points, per task and in total. */
package org.lessons.grader.scoring;
