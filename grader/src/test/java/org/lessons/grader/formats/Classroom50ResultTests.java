package org.lessons.grader.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class Classroom50ResultTests {

    private static final Set<String> TOP_LEVEL = Set.of("schema", "classroom", "assignment", "assignment_type", "owner",
            "submission", "commit", "release", "review", "datetime", "score", "max-score", "tests", "graded_at",
            "submitted_by");

    @Test
    void theResultFollowsTheClassroom50SchemaExactly(@TempDir Path directory) throws Exception {
        new Classroom50Result().write(FormatsFixture.graded(), FormatsFixture.classroom50(), directory);

        byte[] bytes = Files.readAllBytes(directory.resolve("classroom50/result.json"));
        assertThat(bytes[0]).as("no byte-order mark: Classroom 50's readers refuse one").isEqualTo((byte) '{');
        JsonNode result = new ObjectMapper().readTree(bytes);
        assertThat(FormatsFixture.violations("classroom50-result-v1.schema.json", result)).isEmpty();
        assertThat(result.fieldNames()).toIterable().isSubsetOf(TOP_LEVEL);
        assertThat(result.get("score").asInt()).isEqualTo(3).isLessThanOrEqualTo(result.get("max-score").asInt());
        assertThat(result.get("max-score").asInt()).isEqualTo(13);
        assertThat(result.get("tests")).hasSize(4).allSatisfy(test -> {
            assertThat(test.get("score").asInt()).isLessThanOrEqualTo(test.get("max-score").asInt());
            assertThat(test.get("score").isIntegralNumber()).isTrue();
        });
        assertThat(result.get("tests").get(1).get("passed").asBoolean()).isFalse();
        assertThat(result.get("tests").get(1).get("message").asText()).contains("Run.java:40");
        assertThat(result.get("datetime").asText()).isEqualTo("2026-11-25T21:04:59Z");
        assertThat(result.get("graded_at").asText()).isEqualTo("2026-11-26T08:30:15Z");
        assertThat(result.get("owner").asText()).isEqualTo("ada");
        assertThat(result.get("submitted_by").get("id").asLong()).isEqualTo(1815);
        assertThat(result.get("review").asText()).contains("/compare/");
    }

    @Test
    void theContractSchemaRefusesAResultMissingAFieldOrWithAnUnknownOne() throws Exception {
        ObjectNode result = new Classroom50Result().toJson(FormatsFixture.graded(),
                FormatsFixture.classroom50().classroom50().identity().orElseThrow());
        result.remove("review");
        result.put("usernames", "ada");
        result.put("datetime", "2026-11-25T21:04:59.000Z");

        assertThat(FormatsFixture.violations("classroom50-result-v1.schema.json", result)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void withoutTheRunnersVariablesThereIsNoResultButStillAReleaseBodyAndNothingToWarnAbout(@TempDir Path directory) {
        ResultFormats.Written written = new ResultFormats().write(FormatsFixture.graded(), CourseEnvironment.none(),
                directory);

        assertThat(directory.resolve("classroom50/result.json")).doesNotExist();
        assertThat(directory.resolve("classroom50/release-body.md")).exists();
        assertThat(written.notWritten()).isEmpty();
        assertThat(written.skipped()).singleElement().asString().contains("classroom50/result.json not written");
    }

    @Test
    void withSomeOfTheRunnersVariablesMissingTheResultIsNotWrittenAndTheMissingOnesAreNamed(@TempDir Path directory) {
        Map<String, String> partial = new java.util.HashMap<>(FormatsFixture.classroom50Variables());
        partial.remove("SUBMISSION_TAG");
        partial.remove("CLASSROOM");
        CourseEnvironment environment = CourseEnvironment.from(partial, Optional.empty(), Instant.EPOCH);

        ResultFormats.Written written = new ResultFormats().write(FormatsFixture.graded(), environment, directory);

        assertThat(directory.resolve("classroom50/result.json")).doesNotExist();
        assertThat(written.notWritten()).singleElement().asString()
                .contains("classroom50/result.json not written").contains("CLASSROOM").contains("SUBMISSION_TAG");
    }

    @Test
    void aModeTheSchemaDoesNotKnowOrATagOutsideSubmitGivesNoIdentity() {
        Map<String, String> team = new java.util.HashMap<>(FormatsFixture.classroom50Variables());
        team.put("MODE", "team");
        Map<String, String> tag = new java.util.HashMap<>(FormatsFixture.classroom50Variables());
        tag.put("SUBMISSION_TAG", "v1.0");

        assertThat(Classroom50Identity.from(team, Optional.empty(), FormatsFixture.GRADED_AT).whyNot()).contains("MODE");
        assertThat(Classroom50Identity.from(tag, Optional.empty(), FormatsFixture.GRADED_AT).whyNot()).contains("submit/");
    }

    @Test
    void withoutAReviewLinkTheReviewIsTheCommitAndWithoutACommitDateTheGradingsTime() {
        Map<String, String> variables = new java.util.HashMap<>(FormatsFixture.classroom50Variables());
        variables.remove("REVIEW_URL");
        variables.put("MODE", "");

        Classroom50Identity identity = Classroom50Identity.from(variables, Optional.empty(), FormatsFixture.GRADED_AT)
                .identity().orElseThrow();

        assertThat(identity.review()).isEqualTo(identity.commit());
        assertThat(identity.submittedAt()).isEqualTo(FormatsFixture.GRADED_AT);
        assertThat(identity.type()).isEqualTo(Classroom50Identity.AssignmentType.INDIVIDUAL);
    }

    @Test
    void theReleaseBodyShowsTheScoreAndNextStepsWithTheLearnersTextEscaped(@TempDir Path directory) throws Exception {
        new Classroom50Result().write(FormatsFixture.graded(), FormatsFixture.classroom50(), directory);

        String body = Files.readString(directory.resolve("classroom50/release-body.md"));
        assertThat(body).startsWith("## Async Basics: 3/13").contains("Measure the total around the gather")
                .doesNotContain("<script>");
        assertThat(List.of(body.split("\n"))).noneMatch(line -> line.contains("@octocat") && !line.contains("\\@"));
    }
}
