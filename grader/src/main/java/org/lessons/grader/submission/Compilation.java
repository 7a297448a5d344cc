package org.lessons.grader.submission;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of compiling one task's file.
 *
 * @param classes where the class files went
 * @param classNames every class compiled, helpers included
 * @param errors the compiler's errors, empty when it compiled
 * @param missing whether the task's file does not exist at all
 */
public record Compilation(Path classes, List<String> classNames, List<CompileError> errors, boolean missing) {

    public Compilation {
        classNames = List.copyOf(classNames);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return !missing && errors.isEmpty();
    }

    /**
     * One compiler error.
     *
     * @param where the file and line, as the learner sees it
     * @param message the compiler's text
     */
    public record CompileError(String where, String message) {
    }
}
