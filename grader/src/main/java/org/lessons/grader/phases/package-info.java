/** Where a grading's time goes: its phases, timed through an injectable ticker and summed over tasks. */
package org.lessons.grader.phases;
