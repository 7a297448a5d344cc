package org.lessons.grader.courses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.checks.GradingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/classroom50/autograder.py}, as Classroom 50's runner starts it: in the learner's checkout, with the
 * runner's identity variables; it leaves a {@code classroom50/result/v1} {@code result.json} there.
 */
class Classroom50AutograderTests {

    private static final String COMMITTED = "2026-11-25T21:04:59Z";

    @Test
    void theOfficialGradeOfASubmissionIsAResultOfTheContractDatedByItsCommit(@TempDir Path directory) throws Exception {
        Path learner = committedLearner(directory, GradingFixture.solutions());

        Script run = Script.command(List.of("python3", autograder()), learner, runner(Map.of("WITHHOLD_HIDDEN", "false")));

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode result = new ObjectMapper().readTree(learner.resolve("result.json").toFile());
        assertThat(violations(result)).isEmpty();
        assertThat(result.get("score").asInt()).isEqualTo(result.get("max-score").asInt()).isEqualTo(5);
        assertThat(result.get("datetime").asText()).isEqualTo(COMMITTED);
        assertThat(result.get("owner").asText()).isEqualTo("ada");
        assertThat(learner.resolve("release-body.md")).content().contains("5/5");
    }

    @Test
    void theExplainVerdictsAreWithheldFromTheLearnersReleaseUnlessTheInstructorSaysOtherwise(@TempDir Path directory)
            throws Exception {
        Path learner = committedLearner(directory, GradingFixture.mutant("explain-wrong-q1"));

        Script run = Script.command(List.of("python3", autograder()), learner, runner(Map.of()));

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode result = new ObjectMapper().readTree(learner.resolve("result.json").toFile());
        assertThat(violations(result)).isEmpty();
        assertThat(result.get("score").asInt()).isZero();
        assertThat(result.get("tests")).hasSize(5).allSatisfy(test -> {
            assertThat(test.get("test-name").asText()).endsWith("(hidden until the grades are published)");
            assertThat(test.get("passed").asBoolean()).isFalse();
        });
        assertThat(learner.resolve("release-body.md")).content().contains("5 points hidden until the grades are published")
                .doesNotContain("Why ");
    }

    @Test
    void withoutTheRunnersIdentityItEndsAsAnInfrastructureFailureAndWritesNoResult(@TempDir Path directory)
            throws Exception {
        Path learner = committedLearner(directory, GradingFixture.exercises());
        Map<String, String> environment = runner(Map.of());
        environment.put("CLASSROOM", "");

        Script run = Script.command(List.of("python3", autograder()), learner, environment);

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("no Classroom 50 result").contains("CLASSROOM");
        assertThat(learner.resolve("result.json")).doesNotExist();
    }

    private static String autograder() {
        return GradingFixture.root().resolve("scripts/classroom50/autograder.py").toString();
    }

    /** What Classroom 50's runner passes, and this build as the instructor's grader (no fetch, no Maven build). */
    private static Map<String, String> runner(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of("GRADER_CHECKOUT", GradingFixture.root().toString(),
                "GRADER_OPTIONS", "--tasks=explain --quiet", "CLASSROOM", "cs-fall", "ASSIGNMENT", "async-basics",
                "USERNAME", "ada", "MODE", "individual", "SUBMISSION_TAG", "submit/20261125T210459Z-abc1234",
                "COMMIT_URL", "https://github.com/cs-fall/async-basics-ada/commit/abc1234",
                "RELEASE_URL", "https://github.com/cs-fall/async-basics-ada/releases/tag/submit/20261125T210459Z-abc1234"));
        environment.putAll(more);
        return environment;
    }

    /** A learner's checkout with {@code sources} as their exercises, committed at {@link #COMMITTED}. */
    private static Path committedLearner(Path directory, Path sources) throws Exception {
        Path learner = directory.resolve("learner");
        FileTree.copy(sources, learner.resolve("exercises/src/main/java"));
        Map<String, String> dated = Map.of("GIT_COMMITTER_DATE", COMMITTED, "GIT_AUTHOR_DATE", COMMITTED);
        for (List<String> git : List.of(List.of("git", "init", "-q"), List.of("git", "add", "."),
                List.of("git", "-c", "user.name=Ada", "-c", "user.email=ada@example.org", "commit", "-q", "-m", "submit"))) {
            Script step = Script.command(git, learner, dated);
            assertThat(step.exitCode()).as(step.output()).isZero();
        }
        return learner;
    }

    private static List<String> violations(JsonNode result) throws Exception {
        try (InputStream schema = Classroom50AutograderTests.class.getResourceAsStream(
                "/contracts/classroom50-result-v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(result)
                    .stream().map(Object::toString).toList();
        }
    }
}
