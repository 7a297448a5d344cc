package org.lessons.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseTimes;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

/**
 * Writes {@code grade.json}: the machine-readable grade that CI and instructors' scripts read.
 * Its fields are documented in the README and kept stable.
 */
public final class JsonReport {

    /** The format's version; raised only when a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Grade grade, Map<String, List<String>> timelines) {
        return toJson(grade, timelines, Optional.empty());
    }

    /** The grade, and where its time went when {@code phases} are given. */
    public ObjectNode toJson(Grade grade, Map<String, List<String>> timelines, Optional<PhaseTimes> phases) {
        ObjectNode root = json.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("lesson", "async-basics");
        root.put("submission", grade.submission());
        root.put("score", grade.score());
        root.put("maxScore", grade.maxScore());
        root.put("inconclusive", grade.inconclusive());
        root.put("withheld", grade.withheld());
        root.put("withheldPoints", grade.withheldPoints());
        root.put("lessonSecondMillis", grade.lessonSecond().toMillis());
        root.put("seed", grade.seed());
        root.put("sandboxed", grade.confinement().sandboxed());
        root.put("sandbox", grade.confinement().description());
        root.put("durationMillis", grade.duration().toMillis());
        grade.notes().forEach(root.putArray("notes")::add);
        phases.ifPresent(times -> phases(root.putObject("phases"), times));
        ArrayNode tasks = root.putArray("tasks");
        for (TaskGrade task : grade.tasks()) {
            ObjectNode taskNode = tasks.addObject();
            taskNode.put("id", task.id());
            taskNode.put("title", task.title());
            taskNode.put("score", task.score());
            taskNode.put("maxScore", task.maxScore());
            ArrayNode checks = taskNode.putArray("checks");
            for (CheckOutcome check : task.checks()) {
                ObjectNode checkNode = checks.addObject();
                checkNode.put("id", check.id());
                checkNode.put("name", check.name());
                checkNode.put("passed", check.passed());
                checkNode.put("status", check.status().name().toLowerCase(java.util.Locale.ROOT));
                checkNode.put("visibility", check.visibility().name().toLowerCase(java.util.Locale.ROOT));
                checkNode.put("points", check.points());
                checkNode.put("maxPoints", check.maxPoints());
                checkNode.put("message", check.feedback().map(f -> f.render()).orElse(""));
                check.feedback().ifPresent(f -> {
                    ObjectNode feedback = checkNode.putObject("feedback");
                    feedback.put("expected", f.expected());
                    feedback.put("measured", f.measured());
                    feedback.put("where", f.where());
                    feedback.put("next", f.next());
                });
                ObjectNode figures = checkNode.putObject("figures");
                check.figures().forEach(figures::put);
            }
            ArrayNode timeline = taskNode.putArray("timeline");
            timelines.getOrDefault(task.id(), List.of()).forEach(timeline::add);
        }
        return root;
    }

    /** Where the time went: each phase's milliseconds (summed over tasks graded at once) and passes. */
    private static void phases(ObjectNode node, PhaseTimes times) {
        node.put("jobs", times.jobs());
        times.graderCpu().ifPresent(cpu -> node.put("graderCpuMillis", cpu.toMillis()));
        for (Phase phase : Phase.values()) {
            ObjectNode spent = node.putObject(phase.key());
            spent.put("millis", times.of(phase).time().toMillis());
            spent.put("count", times.of(phase).count());
        }
    }

    public void write(Grade grade, Map<String, List<String>> timelines, Path file) throws IOException {
        write(grade, timelines, Optional.empty(), file);
    }

    /** Writes the grade and where its time went. */
    public void write(Grade grade, Map<String, List<String>> timelines, PhaseTimes phases, Path file) throws IOException {
        write(grade, timelines, Optional.of(phases), file);
    }

    private void write(Grade grade, Map<String, List<String>> timelines, Optional<PhaseTimes> phases, Path file)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, "grade", ".json.tmp");
        json.writeValue(temporary.toFile(), toJson(grade, timelines, phases));
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
