package org.lessons.grader.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.submission.Submission;

/**
 * Finds where a learner's method is declared, by reading the source text (never by loading the
 * class), for failures whose cause is a returned value rather than a line that ran.
 */
final class Declarations {

    private Declarations() {
    }

    /** {@code exercises/src/main/java/asyncbasics/Explain.java:42} for {@code answers}, or the file alone. */
    static String of(Submission submission, LessonTask task, String method) {
        Path file = submission.sourceRoot().resolve(task.sourceFile());
        Pattern declaration = Pattern.compile("\\bstatic\\b.*\\b" + Pattern.quote(method) + "\\s*\\(");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (declaration.matcher(lines.get(i)).find()) {
                    return submission.locator().display(task.sourceFile() + ":" + (i + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            return submission.locator().display(task.sourceFile());
        }
        return submission.locator().display(task.sourceFile());
    }
}
