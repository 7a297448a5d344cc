/** Timing bounds: exact lower bounds, upper bounds with a tolerance, retries and the inconclusive verdict. */
package org.lessons.grader.timing;
