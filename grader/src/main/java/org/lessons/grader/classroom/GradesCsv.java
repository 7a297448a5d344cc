package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.lessons.grader.lesson.LessonTask;

/**
 * {@code grades.csv}: a header, then one row per learner, sorted by id: {@code learner,score,max,sandboxed}, one
 * column per graded task (its points, empty for a learner without a grade), and {@code error}.
 *
 * <p>Fields are quoted as RFC 4180 says (a comma, quote or line break puts the field in quotes, a quote doubles);
 * lines end with a line feed. A text field that a spreadsheet would take for a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, so that no learner's text runs
 * as a formula on the instructor's machine.
 */
final class GradesCsv {

    private GradesCsv() {
    }

    /** The task ids that any row has, in lesson order. */
    static List<String> taskColumns(List<LearnerRow> rows) {
        List<String> columns = new ArrayList<>();
        for (LessonTask task : LessonTask.values()) {
            if (rows.stream().anyMatch(row -> row.tasks().containsKey(task.id()))) {
                columns.add(task.id());
            }
        }
        return columns;
    }

    /** The class's maximum: the largest of its grades' (a learner without a grade is scored against it). */
    static int classMax(List<LearnerRow> rows) {
        return rows.stream().mapToInt(LearnerRow::maxScore).max().orElse(0);
    }

    static String render(List<LearnerRow> rows) {
        List<String> tasks = taskColumns(rows);
        int max = classMax(rows);
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("learner", "score", "max", "sandboxed"));
        header.addAll(tasks);
        header.add("error");
        line(csv, header);
        for (LearnerRow row : rows) {
            List<String> fields = new ArrayList<>(List.of(text(row.learner()), Integer.toString(row.score()),
                    Integer.toString(row.error().isPresent() ? max : row.maxScore()), Boolean.toString(row.sandboxed())));
            for (String task : tasks) {
                fields.add(row.tasks().containsKey(task) ? Integer.toString(row.tasks().get(task)) : "");
            }
            fields.add(text(row.error().orElse("")));
            line(csv, fields);
        }
        return csv.toString();
    }

    static void write(List<LearnerRow> rows, Path file) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "grades", ".csv.tmp");
        Files.writeString(temporary, render(rows), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(fields.get(i)));
        }
        csv.append('\n');
    }

    /** A learner's text, kept from being read as a formula. */
    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
