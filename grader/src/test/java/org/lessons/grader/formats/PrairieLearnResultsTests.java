package org.lessons.grader.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

class PrairieLearnResultsTests {

    @Test
    void theResultsFollowPrairieLearnsExternalGradingFormat(@TempDir Path directory) throws Exception {
        new PrairieLearnResults().write(FormatsFixture.graded(), CourseEnvironment.none(), directory);

        JsonNode results = new ObjectMapper().readTree(Files.readString(directory.resolve("prairielearn/results.json")));
        assertThat(FormatsFixture.violations("prairielearn-results.schema.json", results)).isEmpty();
        assertThat(results.get("gradable").asBoolean()).isTrue();
        assertThat(results.get("score").asDouble()).isEqualTo(3.0 / 13);
        assertThat(results.get("message").asText()).startsWith("3/13 points").contains("could not be judged");
        assertThat(results.get("tests").get(1).get("points").asInt()).isZero();
        assertThat(results.get("tests").get(1).get("max_points").asInt()).isEqualTo(3);
        assertThat(results.get("tests").get(1).get("output").asText()).contains("Run.java:40");
    }

    @Test
    void theContractSchemaRefusesAScoreAboveOne() throws Exception {
        var results = new PrairieLearnResults().toJson(FormatsFixture.graded());
        results.put("score", 3.0);

        assertThat(FormatsFixture.violations("prairielearn-results.schema.json", results)).hasSize(1);
    }

    @Test
    void aSubmissionWhereNothingCompiledCannotBeGradedAndSaysWhy() throws Exception {
        Grade broken = Grade.of("src", Duration.ofMillis(100), 1, new Confinement(true, "sandbox"), List.of(
                FormatsFixture.check("run", "x", "x", CheckOutcome.Status.FAILED, 2,
                        new Feedback("the run file compiles", "compile error: ';' expected", "asyncbasics/Run.java:3",
                                "Fix it.")),
                FormatsFixture.check("explain", "y", "y", CheckOutcome.Status.FAILED, 5,
                        new Feedback("a file", "no such file", "asyncbasics/Explain.java", "Restore it."))),
                Duration.ZERO);

        JsonNode results = new PrairieLearnResults().toJson(new GradedSubmission(broken, Set.of(),
                FormatsFixture.GRADED_AT));

        assertThat(FormatsFixture.violations("prairielearn-results.schema.json", results)).isEmpty();
        assertThat(results.get("gradable").asBoolean()).isFalse();
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("message").asText()).contains("no task's file compiled")
                .contains("run: compile error: ';' expected (asyncbasics/Run.java:3)").contains("explain: no such file");
    }

    @Test
    void oneTaskThatCompiledMakesTheSubmissionGradable() {
        GradedSubmission oneCompiled = new GradedSubmission(FormatsFixture.grade(), Set.of("explain"),
                FormatsFixture.GRADED_AT);

        assertThat(new PrairieLearnResults().toJson(oneCompiled).get("gradable").asBoolean()).isTrue();
    }
}
