/** The lesson itself: its tasks and the points each check is worth. */
package org.lessons.grader.lesson;
