package org.lessons.grader.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lessons.grader.Grading;
import org.lessons.grader.formats.CourseEnvironment;
import org.lessons.grader.formats.GradedSubmission;
import org.lessons.grader.formats.ResultFormats;
import org.lessons.grader.report.JsonReport;

/**
 * The results folder of a class: {@code learners/<id>/grade.json} (the same JSON as a single grading's
 * {@code grade.json}) for each graded learner, or {@code learners/<id>/error.json} for a learner who could not be
 * graded; a {@code report.html} beside a grade is linked from the class report.
 *
 * @param folder the results folder
 */
record ClassResults(Path folder) {

    static final String GRADE = "grade.json";
    static final String ERROR = "error.json";
    static final String REPORT = "report.html";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    Path learners() {
        return folder.resolve("learners");
    }

    Path of(String learner) {
        return learners().resolve(learner);
    }

    /** Whether the learner's grade is there and whole: it parses, and has its score and tasks. */
    boolean graded(String learner) {
        Path grade = of(learner).resolve(GRADE);
        if (!Files.isRegularFile(grade, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(grade.toFile());
            return root != null && root.path("schemaVersion").asInt() == JsonReport.SCHEMA_VERSION
                    && root.path("score").isInt() && root.path("maxScore").isInt() && root.path("tasks").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes everything an earlier grading of the learner left (the grade or error, every platform's result, the
     * report), so that no stale result outlives a new attempt, not even one that ends in an error.
     */
    void clear(String learner) throws IOException {
        FileTree.delete(of(learner));
        Files.createDirectories(of(learner));
    }

    /**
     * The learner's grade.json, and beside it every platform's result with the learner's own {@code report.html}
     * (which class.html links to); a result file that cannot be written costs only itself.
     */
    void writeGrade(String learner, Grading.Result result) throws IOException {
        new JsonReport().write(result.grade(), result.timelines(), result.phases(), of(learner).resolve(GRADE));
        new ResultFormats().write(new GradedSubmission(result.grade(), result.compiledTasks(),
                java.time.Instant.now()), CourseEnvironment.none(), of(learner));
    }

    void writeError(String learner, String error) throws IOException {
        Path file = of(learner).resolve(ERROR);
        Path temporary = Files.createTempFile(of(learner), "error", ".json.tmp");
        JSON.writeValue(temporary.toFile(), Map.of("learner", learner, "error", error));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every learner in the folder, sorted by id; a learner with neither a whole grade nor an error is left out. */
    List<LearnerRow> rows() throws IOException {
        if (!Files.isDirectory(learners())) {
            return List.of();
        }
        List<Path> folders;
        try (Stream<Path> listed = Files.list(learners())) {
            folders = listed.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        List<LearnerRow> rows = new ArrayList<>();
        for (Path learnerFolder : folders) {
            String learner = learnerFolder.getFileName().toString();
            if (graded(learner)) {
                rows.add(gradeRow(learner, JSON.readTree(learnerFolder.resolve(GRADE).toFile())));
            } else if (Files.isRegularFile(learnerFolder.resolve(ERROR), LinkOption.NOFOLLOW_LINKS)) {
                rows.add(LearnerRow.failed(learner, JSON.readTree(learnerFolder.resolve(ERROR).toFile())
                        .path("error").asText("unknown error")));
            }
        }
        rows.sort(java.util.Comparator.comparing(LearnerRow::learner));
        return rows;
    }

    private LearnerRow gradeRow(String learner, JsonNode grade) {
        Map<String, Integer> tasks = new LinkedHashMap<>();
        List<LearnerRow.CheckRow> checks = new ArrayList<>();
        for (JsonNode task : grade.path("tasks")) {
            tasks.put(task.path("id").asText(), task.path("score").asInt());
            for (JsonNode check : task.path("checks")) {
                checks.add(new LearnerRow.CheckRow(task.path("id").asText(), check.path("id").asText(),
                        check.path("name").asText(), check.path("passed").asBoolean(),
                        check.path("feedback").path("measured").asText(check.path("message").asText())));
            }
        }
        boolean report = Files.isRegularFile(of(learner).resolve(REPORT), LinkOption.NOFOLLOW_LINKS);
        return new LearnerRow(learner, grade.path("score").asInt(), grade.path("maxScore").asInt(),
                grade.path("sandboxed").asBoolean(), tasks, checks, Optional.empty(), report);
    }
}
