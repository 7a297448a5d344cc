package org.lessons.grader.submission;

import java.nio.file.Path;

/** Turns {@code asyncbasics/Run.java:42} into the path a learner can open: {@code exercises/src/main/java/asyncbasics/Run.java:42}. */
public record SourceLocator(Path sourceRoot, Path workingDirectory) {

    public String display(String where) {
        if (where == null || where.isEmpty()) {
            return "";
        }
        Path root = sourceRoot.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        String prefix = root.startsWith(base) ? base.relativize(root).toString() : root.toString();
        return (prefix.isEmpty() ? "" : prefix + "/") + where;
    }
}
