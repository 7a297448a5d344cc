package org.lessons.grader.courses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.checks.GradingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/grade-official.sh}, the grading step of the student repositories' workflow: the instructor's grader
 * grades the learner's {@code exercises/src/main/java} only, whatever the learner changed in the rest of their
 * repository.
 */
class OfficialGradeTests {

    /** A grader a learner wrote into their own repository: full marks for anything. */
    private static final String FULL_MARKS_FOR_ANYTHING = """
            package org.lessons.grader.cli;

            public final class GradeCommand {
                public static void main(String[] args) throws Exception {
                    System.out.println("TOTAL: 100/100");
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target/grade.json"),
                            "{\\"score\\" : 100, \\"maxScore\\" : 100}");
                }
            }
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLearnerWhoRewroteTheGraderAndThePomStillGetsTheInstructorsGrade(@TempDir Path directory) throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.exercises());
        Path summary = directory.resolve("step-summary.md");

        Script run = Script.run("grade-official.sh", directory, Map.of("GRADER_OPTIONS", "--tasks=run,explain --quiet",
                        "GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                GradingFixture.root().toString(), student.toString(), directory.resolve("official/grade.json").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode grade = json.readTree(directory.resolve("official/grade.json").toFile());
        assertThat(grade.get("score").asInt()).isZero();
        assertThat(grade.get("maxScore").asInt()).isPositive();
        assertThat(grade.get("sandboxed").asBoolean()).as("graded in the sandbox").isTrue();
        assertThat(run.output()).contains("TOTAL: 0/").doesNotContain("TOTAL: 100/100")
                .contains("::error file=exercises/src/main/java/asyncbasics/Run.java");
        assertThat(Files.readString(summary)).contains("0/");
        assertThat(student.resolve("grader/target")).as("the learner's grader is never built").doesNotExist();
    }

    /**
     * Stands in for Maven's launcher ({@code bin/mvn}): its project root is {@code $MAVEN_BASEDIR}, or else the nearest
     * folder upwards that holds a {@code .mvn/}, whose {@code jvm.config} it passes to Maven's JVM (a
     * {@code -javaagent:} there runs the learner's code inside the build). It fails if that would be the learner's, and
     * otherwise "builds" the grader by writing this build's classpath where the script reads it.
     */
    private static final String MAVEN_LAUNCHER = """
            #!/usr/bin/env bash
            base="${MAVEN_BASEDIR:-}"
            if [ -z "$base" ]; then
              dir="$PWD"
              while [ "$dir" != / ]; do [ -d "$dir/.mvn" ] && { base="$dir"; break; }; dir="$(dirname "$dir")"; done
            fi
            if [ -f "$base/.mvn/jvm.config" ]; then echo "Maven's JVM started with $base/.mvn/jvm.config" >&2; exit 1; fi
            mkdir -p grader/target && printf '%s' "$THIS_BUILD" > grader/target/runtime-classpath.txt
            """;

    @Test
    void aMavenConfigurationInTheLearnersRepositoryNeverReachesTheInstructorsBuild(@TempDir Path directory)
            throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.solutions());
        Files.createDirectories(student.resolve(".mvn"));
        Files.writeString(student.resolve(".mvn/jvm.config"), "-javaagent:../agent.jar\n");
        Path instructor = Files.createDirectories(student.resolve(".official-grader"));
        Path maven = Files.createDirectories(directory.resolve("bin")).resolve("mvn");
        Files.writeString(maven, MAVEN_LAUNCHER);
        assertThat(maven.toFile().setExecutable(true)).isTrue();

        Script run = Script.run("grade-official.sh", directory, Map.of("GRADER_CLASSPATH", "",
                        "THIS_BUILD", Script.graderClasspath(), "PATH", directory.resolve("bin") + ":" + System.getenv("PATH"),
                        "GRADER_OPTIONS", "--tasks=explain --quiet"),
                instructor.toString(), student.toString(), directory.resolve("grade.json").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(json.readTree(directory.resolve("grade.json").toFile()).get("score").asInt()).isEqualTo(5);
    }

    @Test
    void workflowCommandsTheLearnersProgramPrintsAreNeverReadByGithubsRunner(@TempDir Path directory) throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.solutions());
        Path run = student.resolve("exercises/src/main/java/asyncbasics/Run.java");
        Files.writeString(run, Files.readString(run).replaceFirst("System\\.out\\.println\\(\"Sequential total: ",
                "System.out.println(\"##[error]FORGED: 100/100\"); System.out.println(\"::stop-commands::FORGED\"); $0"));

        Script graded = Script.run("grade-official.sh", directory, Map.of("GRADER_OPTIONS", "--tasks=run",
                "GITHUB_ACTIONS", "true"), GradingFixture.root().toString(), student.toString(),
                directory.resolve("grade.json").toString());

        assertThat(graded.exitCode()).as(graded.output()).isZero();
        List<String> lines = graded.output().lines().toList();
        int stop = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("::stop-commands::"))
                .findFirst().orElseThrow();
        String token = lines.get(stop).substring("::stop-commands::".length());
        int resume = lines.indexOf("::" + token + "::");
        assertThat(token).hasSizeGreaterThan(20).doesNotContain("FORGED");
        // Outside the report, the learner's text is only the data of the grader's own annotations, after their "::".
        assertThat(IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("FORGED")))
                .isNotEmpty().allMatch(i -> stop < i && i < resume || lines.get(i).startsWith("::error file="));
        assertThat(lines.subList(resume, lines.size())).anyMatch(line -> line.startsWith("::error file="));
    }

    @Test
    void aLinkInTheLearnersSourcesToTheReferenceSolutionEarnsNothing(@TempDir Path directory) throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.exercises());
        Path explain = student.resolve("exercises/src/main/java/asyncbasics/Explain.java");
        Files.delete(explain);
        Files.createSymbolicLink(explain, GradingFixture.solutions().resolve("asyncbasics/Explain.java"));

        Script run = Script.run("grade-official.sh", directory, Map.of("GRADER_OPTIONS", "--tasks=explain --quiet"),
                GradingFixture.root().toString(), student.toString(), directory.resolve("grade.json").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(json.readTree(directory.resolve("grade.json").toFile()).get("score").asInt()).isZero();
    }

    @Test
    void theReferenceSolutionsInATamperedRepositoryStillScoreFullMarks(@TempDir Path directory) throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.solutions());

        Script run = Script.run("grade-official.sh", directory, Map.of("GRADER_OPTIONS", "--tasks=run,explain --quiet"),
                GradingFixture.root().toString(), student.toString(), directory.resolve("grade.json").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode grade = json.readTree(directory.resolve("grade.json").toFile());
        assertThat(grade.get("score").asInt()).isEqualTo(grade.get("maxScore").asInt()).isPositive();
    }

    @Test
    void aGradingTheLearnerCanReadWithholdsTheExplainVerdictsAndTheirPoints(@TempDir Path directory) throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.mutant("explain-wrong-q1"));

        Script run = Script.run("grade-official.sh", directory, Map.of("GRADER_OPTIONS", "--tasks=explain --quiet",
                        "WITHHOLD_HIDDEN", "true"),
                GradingFixture.root().toString(), student.toString(), directory.resolve("grade.json").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode grade = json.readTree(directory.resolve("grade.json").toFile());
        assertThat(grade.get("score").asInt()).isZero();
        assertThat(grade.get("withheld").asInt()).isEqualTo(5);
        assertThat(directory.resolve("grade/summary.md")).content().contains("hidden until the grades are published")
                .doesNotContain("Why ");
    }

    @Test
    void aWithholdingSwitchThatIsNeitherTrueNorFalseIsAUsageErrorNotAFullGrade(@TempDir Path directory) throws Exception {
        Path student = tamperedStudent(directory, GradingFixture.mutant("explain-wrong-q1"));

        Script run = Script.run("grade-official.sh", directory, Map.of("GRADER_OPTIONS", "--tasks=explain --quiet",
                        "WITHHOLD_HIDDEN", "yes"),
                GradingFixture.root().toString(), student.toString(), directory.resolve("grade.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("WITHHOLD_HIDDEN is true or false");
        assertThat(directory.resolve("grade.json")).doesNotExist();
    }

    @Test
    void aRepositoryWithoutTheLessonsSourceFolderIsAUsageError(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("student/src"));

        Script run = Script.run("grade-official.sh", directory, Map.of(), GradingFixture.root().toString(),
                directory.resolve("student").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("no exercises/src/main/java");
    }

    /**
     * A learner's repository with {@code sources} as its exercises, a grader that gives full marks for anything, and
     * a pom that grades the reference solutions with that grader.
     */
    private static Path tamperedStudent(Path directory, Path sources) throws Exception {
        Path student = directory.resolve("student");
        FileTree.copy(sources, student.resolve("exercises/src/main/java"));
        Path grader = student.resolve("grader/src/main/java/org/lessons/grader/cli/GradeCommand.java");
        Files.createDirectories(grader.getParent());
        Files.writeString(grader, FULL_MARKS_FOR_ANYTHING);
        Files.writeString(student.resolve("pom.xml"), Files.readString(GradingFixture.root().resolve("pom.xml"))
                .replace("<grade.minScore>0</grade.minScore>", "<grade.minScore>-1</grade.minScore>")
                .replace("/exercises/src/main/java</grade.submission>", "/solutions/src/main/java</grade.submission>"));
        return student;
    }
}
