/** Runs the grading checks on the JUnit Platform Launcher and collects their outcomes. */
package org.lessons.grader.launching;
