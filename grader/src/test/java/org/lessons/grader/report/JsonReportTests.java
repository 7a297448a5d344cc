package org.lessons.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseTimes;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTests {

    private static final Grade GRADE = Grade.of("exercises/src/main/java", Duration.ofMillis(100), 4242,
            new Confinement(true, "bubblewrap sandbox"), List.of(
            new CheckOutcome("run", "linesComeInTheOriginalOrder", "lines in order", CheckOutcome.Status.PASSED, 3,
                    Optional.empty(), Map.of("attempts", "1")),
            new CheckOutcome("run", "printedTotalsAreMeasured", "totals measured", CheckOutcome.Status.FAILED, 3,
                    Optional.of(new Feedback("~3", "~6", "exercises/src/main/java/asyncbasics/Run.java:40", "measure")),
                    Map.of()),
            new CheckOutcome("run", "sequentialTakesTheSum", "sum", CheckOutcome.Status.INCONCLUSIVE, 2,
                    Optional.of(new Feedback("~6", "7.5, machine late", "", "grade again")), Map.of())),
            Duration.ofSeconds(3));

    @Test
    void gradeFileHasTheFieldsScriptsRelyOn(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("target/grade.json");
        new JsonReport().write(GRADE, Map.of("run", List.of("row")), file);

        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        assertThat(root.get("score").asInt()).isEqualTo(3);
        assertThat(root.get("maxScore").asInt()).isEqualTo(8);
        assertThat(root.get("inconclusive").asInt()).isEqualTo(1);
        assertThat(root.get("seed").asLong()).isEqualTo(4242);
        JsonNode task = root.get("tasks").get(0);
        assertThat(task.get("id").asText()).isEqualTo("run");
        assertThat(task.get("score").asInt()).isEqualTo(3);
        assertThat(task.get("maxScore").asInt()).isEqualTo(8);
        assertThat(task.get("timeline").get(0).asText()).isEqualTo("row");
        JsonNode failed = task.get("checks").get(1);
        assertThat(failed.get("name").asText()).isEqualTo("totals measured");
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("points").asInt()).isZero();
        assertThat(failed.get("message").asText()).contains("expected: ~3").contains("Run.java:40");
        assertThat(failed.get("feedback").get("where").asText()).endsWith("Run.java:40");
        JsonNode passed = task.get("checks").get(0);
        assertThat(passed.get("passed").asBoolean()).isTrue();
        assertThat(passed.get("figures").get("attempts").asText()).isEqualTo("1");
        assertThat(task.get("checks").get(2).get("status").asText()).isEqualTo("inconclusive");
    }

    @Test
    void gradeFileSaysWhereTheTimeWentWhenThePhasesAreGiven(@TempDir Path directory) throws Exception {
        java.util.Map<Phase, PhaseTimes.Spent> spent = new java.util.EnumMap<>(Phase.class);
        spent.put(Phase.CHILD_START, new PhaseTimes.Spent(Duration.ofMillis(5_400), 27));
        spent.put(Phase.LESSON, new PhaseTimes.Spent(Duration.ofMillis(9_000), 27));
        Path file = directory.resolve("grade.json");

        new JsonReport().write(GRADE, Map.of(), new PhaseTimes(spent, 2, Optional.of(Duration.ofMillis(8_000))), file);

        JsonNode phases = new ObjectMapper().readTree(Files.readString(file)).get("phases");
        assertThat(phases.get("jobs").asInt()).isEqualTo(2);
        assertThat(phases.get("graderCpuMillis").asLong()).isEqualTo(8_000);
        assertThat(phases.get("childStart").get("millis").asLong()).isEqualTo(5_400);
        assertThat(phases.get("childStart").get("count").asInt()).isEqualTo(27);
        assertThat(phases.get("compilation").get("count").asInt()).isZero();
        assertThat(phases.fieldNames()).toIterable().contains("compilation", "staticRules", "classArchive",
                "childStart", "lesson", "childExit", "reports");
    }

    @Test
    void gradeFileWithoutPhasesHasNoPhasesField(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("grade.json");
        new JsonReport().write(GRADE, Map.of(), file);

        assertThat(new ObjectMapper().readTree(Files.readString(file)).has("phases")).isFalse();
    }

    @Test
    void onlyPassedChecksEarnPointsNeitherFailedNorUnjudgedOnes() {
        assertThat(GRADE.score()).isEqualTo(3);
        assertThat(GRADE.inconclusive()).isEqualTo(1);
    }
}
