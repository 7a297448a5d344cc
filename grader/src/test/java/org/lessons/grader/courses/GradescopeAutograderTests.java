package org.lessons.grader.courses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.checks.GradingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/gradescope/run_autograder} on a fake {@code /autograder} tree ({@code AUTOGRADER_ROOT}), as
 * Gradescope runs it: the submission wherever the learner put it, {@code results/results.json} checked against
 * Gradescope's contract.
 */
class GradescopeAutograderTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theReferenceSolutionsInARepositoryScoreFullMarks(@TempDir Path autograder) throws Exception {
        FileTree.copy(GradingFixture.solutions(), autograder.resolve("submission/my-repo/exercises/src/main/java"));

        JsonNode results = runAutograder(autograder, "");

        assertThat(violations(results)).isEmpty();
        assertThat(results.get("score").asDouble()).isEqualTo(maxScore(results)).isPositive();
        assertThat(results.get("tests")).allSatisfy(test -> assertThat(test.get("status").asText()).isEqualTo("passed"));
    }

    @Test
    void theStubsUploadedAsLooseFilesScoreNothing(@TempDir Path autograder) throws Exception {
        try (var files = Files.list(GradingFixture.exercises().resolve("asyncbasics"))) {
            Files.createDirectories(autograder.resolve("submission"));
            for (Path file : files.toList()) {
                Files.copy(file, autograder.resolve("submission").resolve(file.getFileName()));
            }
        }

        JsonNode results = runAutograder(autograder, "--tasks=run,explain");

        assertThat(violations(results)).isEmpty();
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(maxScore(results)).isPositive();
        assertThat(results.get("tests")).anySatisfy(test -> assertThat(test.get("output").asText())
                .contains("exercises/src/main/java/asyncbasics/Run.java"));
    }

    @Test
    void aSubmissionWithoutLessonFilesGetsNoPointsAndSaysWhatToUpload(@TempDir Path autograder) throws Exception {
        Files.createDirectories(autograder.resolve("submission/notes"));
        Files.writeString(autograder.resolve("submission/notes/answers.txt"), "I think it is B \"quoted\"\\");

        JsonNode results = runAutograder(autograder, "");

        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("execution_time").isIntegralNumber()).isTrue();
        assertThat(results.get("output_format").asText()).isEqualTo("md");
        assertThat(results.get("output").asText()).contains("No lesson files found").contains("asyncbasics");
        assertThat(results.get("tests")).isEmpty();
    }

    @Test
    void aGraderThatCannotStartStillWritesResultsThatSaySo(@TempDir Path autograder) throws Exception {
        FileTree.copy(GradingFixture.exercises(), autograder.resolve("submission/exercises/src/main/java"));

        JsonNode results = runAutograder(autograder, "", Map.of("GRADER_CLASSPATH",
                autograder.resolve("no-such-lib").toString()));

        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("Not graded").contains("exit code")
                .contains("org.lessons.grader.cli.GradeCommand");
    }

    private JsonNode runAutograder(Path autograder, String graderOptions) throws Exception {
        return runAutograder(autograder, graderOptions, Map.of());
    }

    private JsonNode runAutograder(Path autograder, String graderOptions, Map<String, String> more) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("AUTOGRADER_ROOT", autograder.toString(),
                "GRADER_OPTIONS", graderOptions));
        environment.putAll(more);
        Script run = Script.run("gradescope/run_autograder", autograder, environment);
        Path results = autograder.resolve("results/results.json");
        assertThat(results).as("results.json after:%n%s", run.output()).isRegularFile();
        assertThat(run.exitCode()).as(run.output()).isZero();
        return json.readTree(Files.readString(results));
    }

    private static double maxScore(JsonNode results) {
        return StreamSupport.stream(results.get("tests").spliterator(), false)
                .mapToDouble(test -> test.get("max_score").asDouble()).sum();
    }

    private static java.util.List<String> violations(JsonNode results) throws IOException {
        try (InputStream schema = GradescopeAutograderTests.class.getResourceAsStream(
                "/contracts/gradescope-results.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(results)
                    .stream().map(Object::toString).toList();
        }
    }
}
