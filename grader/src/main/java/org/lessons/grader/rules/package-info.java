/** Static rules over the learner's compiled classes, written with ArchUnit. */
package org.lessons.grader.rules;
