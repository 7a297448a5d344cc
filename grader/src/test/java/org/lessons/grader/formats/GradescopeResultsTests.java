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

class GradescopeResultsTests {

    @Test
    void theResultsFollowGradescopesSpecification(@TempDir Path directory) throws Exception {
        new GradescopeResults().write(FormatsFixture.graded(), CourseEnvironment.none(), directory);

        JsonNode results = new ObjectMapper().readTree(Files.readString(directory.resolve("gradescope/results.json")));
        assertThat(FormatsFixture.violations("gradescope-results.schema.json", results)).isEmpty();
        assertThat(results.get("score").asDouble()).isEqualTo(3.0);
        assertThat(results.get("execution_time").asInt()).isEqualTo(13);
        assertThat(results.get("output_format").asText()).isEqualTo("md");
        JsonNode tests = results.get("tests");
        assertThat(tests).extracting(test -> test.get("number").asText()).containsExactly("1.1", "1.2", "1.3", "11.1");
        assertThat(tests).extracting(test -> test.get("status").asText())
                .containsExactly("passed", "failed", "failed", "failed");
        double sum = 0;
        for (JsonNode test : tests) {
            sum += test.get("score").asDouble();
        }
        assertThat(sum).isEqualTo(results.get("score").asDouble());
        assertThat(tests.get(1).get("output").asText().lines()).containsExactly("expected: ~3 s", "measured: ~6 s",
                "where:    exercises/src/main/java/asyncbasics/Run.java:40", "next:     Measure the total around the gather.");
        assertThat(tests.get(2).get("output").asText()).startsWith("could not judge");
    }

    @Test
    void theContractSchemaRefusesAnUnknownStatusOrAMissingNumber() throws Exception {
        var results = new GradescopeResults().toJson(FormatsFixture.graded());
        ((com.fasterxml.jackson.databind.node.ObjectNode) results.get("tests").get(0)).put("status", "inconclusive");
        ((com.fasterxml.jackson.databind.node.ObjectNode) results.get("tests").get(1)).remove("number");

        assertThat(FormatsFixture.violations("gradescope-results.schema.json", results)).hasSize(2);
    }

    @Test
    void aFloodOfOutputInTheFeedbackIsCutToTheLimit() throws Exception {
        Grade flooded = Grade.of("src", Duration.ofMillis(100), 1, new Confinement(true, "sandbox"), List.of(
                FormatsFixture.check("run", "x", "x", CheckOutcome.Status.FAILED, 2,
                        new Feedback("quiet", "😀".repeat(50_000), "", "print less"))), Duration.ZERO);

        JsonNode results = new GradescopeResults().toJson(new GradedSubmission(flooded,
                Set.of("run"), FormatsFixture.GRADED_AT));

        assertThat(FormatsFixture.violations("gradescope-results.schema.json", results)).isEmpty();
        assertThat(results.get("tests").get(0).get("output").asText()).hasSizeLessThanOrEqualTo(8_000)
                .endsWith("more characters]");
    }
}
