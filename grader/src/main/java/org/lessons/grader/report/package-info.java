/** The grade as people and machines read it: the console report, its timelines, and grade.json. */
package org.lessons.grader.report;
