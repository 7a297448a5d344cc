/** The Async Basics grader: compiles, runs and judges a learner's submission, and reports a grade. */
package org.lessons.grader;
