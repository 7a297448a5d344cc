/** What a learner reads: one shape for every failure, and all of the wording in one place. */
package org.lessons.grader.feedback;
