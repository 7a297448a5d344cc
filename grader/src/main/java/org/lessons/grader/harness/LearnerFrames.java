package org.lessons.grader.harness;

import java.util.Optional;
import java.util.Set;

/** Tells the learner's stack frames apart from the JDK's, the kit's and the harness's. */
final class LearnerFrames {

    private final Set<String> learnerClasses;

    LearnerFrames(Set<String> learnerClasses) {
        this.learnerClasses = Set.copyOf(learnerClasses);
    }

    boolean isLearner(String className) {
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        return learnerClasses.contains(className) || learnerClasses.contains(outer);
    }

    /** {@code Run.java:42} for the first learner frame, or empty. */
    Optional<String> where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (isLearner(frame.getClassName())) {
                return Optional.of(describe(frame.getClassName(), frame.getFileName(), frame.getLineNumber()));
            }
        }
        return Optional.empty();
    }

    Optional<String> where(StackWalker.StackFrame frame) {
        return isLearner(frame.getClassName())
                ? Optional.of(describe(frame.getClassName(), frame.getFileName(), frame.getLineNumber()))
                : Optional.empty();
    }

    /** Where a throwable came from in learner code, following causes. */
    Optional<String> where(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> where = where(t.getStackTrace());
            if (where.isPresent()) {
                return where;
            }
        }
        return Optional.empty();
    }

    private static String describe(String className, String fileName, int line) {
        String packagePath = className.contains(".") ? className.substring(0, className.lastIndexOf('.') + 1).replace('.', '/') : "";
        String file = fileName != null ? fileName : className.substring(className.lastIndexOf('.') + 1) + ".java";
        return packagePath + file + (line > 0 ? ":" + line : "");
    }
}
