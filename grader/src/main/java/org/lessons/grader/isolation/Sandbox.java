package org.lessons.grader.isolation;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a child JVM runs: confined by bubblewrap ({@link Bubblewrap}), or, where bubblewrap cannot run,
 * as an ordinary process of the grader's user ({@link Unconfined}: a practice grade).
 */
public sealed interface Sandbox permits Bubblewrap, Unconfined {

    /**
     * The command that runs {@code command} confined, in which {@code readable} (files and directories) are
     * visible, read-only, at their own paths, and {@code workDirectory} is the child's working directory when
     * it is not confined.
     */
    List<String> confine(List<String> command, List<Path> readable, Path workDirectory);

    /** Whether children are confined. */
    boolean confines();

    /** One line for the report: what confines children, or why nothing does. */
    String description();

    /** What a grading requires of the sandbox. */
    enum Requirement {
        /** Confine children where bubblewrap runs; grade a practice grade elsewhere. */
        PREFER,
        /** Refuse to grade unless children are confined. */
        REQUIRE,
        /** Never confine children: a practice grade, to compare costs or to diagnose the sandbox. */
        OFF
    }
}
