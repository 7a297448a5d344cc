package org.lessons.grader.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.checks.GradingFixture;

import static org.assertj.core.api.Assertions.assertThat;

class GradeCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int grade(String... args) {
        return GradeCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    @Test
    void anUnknownTaskIsAUsageErrorThatListsTheTasks() {
        int code = grade("--submission=" + GradingFixture.exercises(), "--tasks=nope");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown task 'nope'").contains("run");
    }

    @Test
    void aBadLessonSecondIsAUsageErrorThatShowsTheFormat() {
        int code = grade("--submission=" + GradingFixture.exercises(), "--lesson-second=fast");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100ms");
    }

    @Test
    void aMissingSourceDirectoryIsAUsageError(@TempDir Path directory) {
        int code = grade("--submission=" + directory.resolve("nowhere"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no source directory");
    }

    @Test
    void aGradeBelowTheThresholdExitsWithOneAndStillWritesTheGrade(@TempDir Path directory) throws Exception {
        Path json = directory.resolve("grade.json");
        int code = grade("--submission=" + GradingFixture.exercises(), "--tasks=run", "--min-score=1",
                "--json=" + json, "--work=" + directory.resolve("work"));

        assertThat(code).isEqualTo(GradeCommand.BELOW_MIN_SCORE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("TOTAL: 0/20");
        assertThat(Files.readString(json)).contains("\"score\" : 0");
    }

    @Test
    void aGradeIsAResultNotAFailure(@TempDir Path directory) {
        int code = grade("--submission=" + GradingFixture.exercises(), "--tasks=run", "--quiet",
                "--json=" + directory.resolve("grade.json"), "--work=" + directory.resolve("work"));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("TOTAL: 0/20");
    }

    @Test
    void theGradeFileSaysWhereTheGradingsTimeWent(@TempDir Path directory) throws Exception {
        Path json = directory.resolve("grade.json");
        int code = grade("--submission=" + GradingFixture.solutions(), "--tasks=explain", "--quiet",
                "--json=" + json, "--work=" + directory.resolve("work"));

        assertThat(code).isZero();
        com.fasterxml.jackson.databind.JsonNode phases = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(json)).get("phases");
        assertThat(phases.get("compilation").get("count").asInt()).isEqualTo(1);
        assertThat(phases.get("childStart").get("count").asInt()).isEqualTo(phases.get("lesson").get("count").asInt())
                .isPositive();
        assertThat(phases.get("reports").get("count").asInt()).isEqualTo(2);
    }

    @Test
    void childJvmsCanBeStartedWithoutTheClassArchive(@TempDir Path directory) throws Exception {
        Path json = directory.resolve("grade.json");
        int code = grade("--submission=" + GradingFixture.solutions(), "--tasks=explain", "--quiet", "--no-class-archive",
                "--json=" + json, "--work=" + directory.resolve("work"));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("TOTAL: 5/5");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(json))
                .get("phases").get("classArchive").get("count").asInt()).isZero();
    }

    @Test
    void aGradeWithoutTheSandboxSaysItIsAPracticeGrade(@TempDir Path directory) throws Exception {
        Path json = directory.resolve("grade.json");
        int code = grade("--submission=" + GradingFixture.solutions(), "--tasks=explain", "--no-sandbox",
                "--json=" + json, "--work=" + directory.resolve("work"));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("PRACTICE GRADE: the learner's code was not sandboxed");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(json))
                .get("sandboxed").asBoolean()).isFalse();
    }

    @Test
    void requiringTheSandboxWhileTurningItOffIsAUsageError() {
        int code = grade("--submission=" + GradingFixture.solutions(), "--no-sandbox", "--require-sandbox");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-sandbox and --require-sandbox contradict");
    }

    @Test
    void aGradingThatCannotBeginLeavesNoGradeFromBefore(@TempDir Path directory) throws Exception {
        Path json = Files.writeString(directory.resolve("grade.json"), "{\"score\": 100}");

        int code = grade("--submission=" + GradingFixture.solutions(), "--tasks=explain", "--json=" + json,
                "--work=" + directory.resolve("work"), "--lesson-second=fast");

        assertThat(code).isEqualTo(2);
        assertThat(json).doesNotExist();
    }

    @Test
    void aGradingWritesEveryPlatformsResultBesideTheGradeFile(@TempDir Path directory) throws Exception {
        Path json = directory.resolve("target/grade.json");
        int code = grade("--submission=" + GradingFixture.mutant("run-sequential-concurrent"), "--tasks=explain,run",
                "--quiet", "--json=" + json, "--work=" + directory.resolve("work"));

        assertThat(code).isZero();
        Path formats = directory.resolve("target/grade");
        assertThat(formats.resolve("gradescope/results.json")).exists();
        assertThat(formats.resolve("prairielearn/results.json")).exists();
        assertThat(formats.resolve("junit/TEST-run.xml")).exists();
        assertThat(formats.resolve("junit/TEST-explain.xml")).exists();
        assertThat(formats.resolve("summary.md")).content().contains("What did not pass");
        assertThat(formats.resolve("classroom50/release-body.md")).exists();
        String html = Files.readString(formats.resolve("report.html"));
        assertThat(html).contains("<svg").contains("Concurrent execution");
        com.fasterxml.jackson.databind.JsonNode gradescope = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(formats.resolve("gradescope/results.json").toFile());
        com.fasterxml.jackson.databind.JsonNode grade = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile());
        assertThat(gradescope.get("score").asInt()).isEqualTo(grade.get("score").asInt()).isLessThan(
                grade.get("maxScore").asInt());
        assertThat(gradescope.get("tests")).anySatisfy(test -> assertThat(test.get("status").asText()).isEqualTo("failed"));
        assertThat(err.toString(StandardCharsets.UTF_8)).as("no warning off Classroom 50's runner")
                .doesNotContain("classroom50/result.json");
    }

    @Test
    void aFormatThatCannotBeWrittenCostsOnlyItselfAndIsNamedOnStderr(@TempDir Path directory) throws Exception {
        Path json = directory.resolve("grade.json");
        Files.createDirectories(directory.resolve("grade"));
        Files.writeString(directory.resolve("grade/gradescope"), "a file where the folder should be");

        int code = grade("--submission=" + GradingFixture.solutions(), "--tasks=explain", "--quiet",
                "--json=" + json, "--work=" + directory.resolve("work"));

        assertThat(code).isZero();
        assertThat(json).exists();
        assertThat(directory.resolve("grade/prairielearn/results.json")).exists();
        assertThat(directory.resolve("grade/report.html")).exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gradescope/results.json could not be written");
    }

    @Test
    void theResultsDirectoryIsNamedAfterTheGradeFile() {
        assertThat(GradeCommand.formatsDirectory(Path.of("target/grade.json")))
                .isEqualTo(Path.of("target/grade").toAbsolutePath());
        assertThat(GradeCommand.formatsDirectory(Path.of("grades/ada.json")).getFileName()).hasToString("ada");
        assertThat(GradeCommand.formatsDirectory(Path.of("grade")).getFileName()).hasToString("grade.d");
    }
}
