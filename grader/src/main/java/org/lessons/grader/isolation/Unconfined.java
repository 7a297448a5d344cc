package org.lessons.grader.isolation;

import java.nio.file.Path;
import java.util.List;

/**
 * No sandbox: the child runs as the grader's user, in its own work directory. Only the allow-list of what
 * learner code may call stands between it and the grader's files, so its grade is a practice grade.
 *
 * @param reason why children are not confined, for the report
 */
public record Unconfined(String reason) implements Sandbox {

    @Override
    public List<String> confine(List<String> command, List<Path> readable, Path workDirectory) {
        return List.copyOf(command);
    }

    @Override
    public boolean confines() {
        return false;
    }

    @Override
    public String description() {
        return reason;
    }
}
