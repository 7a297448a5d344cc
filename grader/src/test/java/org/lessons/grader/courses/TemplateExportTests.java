package org.lessons.grader.courses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.checks.GradingFixture;
import org.lessons.grader.lesson.ExplainKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/export-template.sh}: the repository students receive holds the lesson, the kit, the practice grader
 * and the workflow, and nothing of the instructor's: no solution, mutant, hostile case, answer key or grader test.
 */
class TemplateExportTests {

    @TempDir
    static Path directory;
    private static Path template;
    private static List<String> files;

    @BeforeAll
    static void export() throws Exception {
        template = directory.resolve("async-basics-template");
        Script run = Script.run("export-template.sh", directory, Map.of(), template.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        files = FileTree.files(template);
    }

    @Test
    void itHoldsTheLessonTheKitThePracticeGraderAndTheWorkflow() {
        assertThat(files).contains("pom.xml", "README.md", ".gitignore", ".mvn/jvm.config", ".github/workflows/grade.yml",
                "exercises/pom.xml", "exercises/README.md", "exercises/src/main/java/asyncbasics/Run.java",
                "exercises/src/main/java/asyncbasics/Explain.java", "kit/pom.xml",
                "kit/src/main/java/org/lessons/kit/EventLoop.java", "grader/pom.xml",
                "grader/src/main/java/org/lessons/grader/cli/GradeCommand.java");
    }

    @Test
    void itHoldsNoSolutionNoGraderTestAndNoInstructorFile() {
        assertThat(files).noneMatch(file -> file.startsWith("solutions/") || file.startsWith("grader/src/test/")
                || file.startsWith("kit/src/test/") || file.startsWith("scripts/") || file.startsWith(".ci/")
                || file.startsWith("template/") || file.contains("/instructor/") || file.contains("/target/"));
        assertThat(template.resolve("pom.xml")).content().doesNotContain("<module>solutions</module>")
                .doesNotContain("<id>solutions</id>").doesNotContain("<id>selftest</id>");
    }

    @Test
    void noFileHasTheContentOfASolutionAMutantOrAHostileCase() throws IOException {
        Set<String> lesson = new HashSet<>(contents(GradingFixture.exercises()));
        List<String> instructors = new ArrayList<>(contents(GradingFixture.root().resolve("solutions/src")));
        instructors.addAll(contents(GradingFixture.root().resolve("grader/src/test")));
        instructors.removeAll(lesson);

        assertThat(instructors).hasSizeGreaterThan(100);
        assertThat(contents(template)).doesNotContainAnyElementsOf(instructors);
    }

    @Test
    void noFileQuotesTheExplainKeyOrTheReferenceAnswers() throws IOException {
        List<String> secrets = new ArrayList<>(ExplainKey.load().orElseThrow().answers().values().stream()
                .map(ExplainKey.Answer::why).toList());
        String solved = Files.readString(GradingFixture.solutions().resolve("asyncbasics/Explain.java"));
        secrets.add(solved.substring(solved.indexOf("Map.of("), solved.indexOf(");", solved.indexOf("Map.of("))));

        assertThat(secrets).hasSize(6).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(20));
        for (String text : contents(template)) {
            assertThat(secrets).noneSatisfy(secret -> assertThat(text).contains(secret));
        }
    }

    @Test
    void itBuildsAloneAndItsPracticeGraderGradesWithoutTheKey() throws Exception {
        Path copy = directory.resolve("a-learners-clone");
        FileTree.copy(template, copy);
        Files.copy(GradingFixture.solutions().resolve("asyncbasics/Explain.java"),
                copy.resolve("exercises/src/main/java/asyncbasics/Explain.java"), StandardCopyOption.REPLACE_EXISTING);

        Script build = Script.command(List.of("mvn", "-o", "-q", "-B", "verify", "-Dgrade.tasks=run,explain"), copy,
                Map.of());

        assertThat(build.exitCode()).as(build.output()).isZero();
        JsonNode grade = new ObjectMapper().readTree(copy.resolve("target/grade.json").toFile());
        assertThat(grade.get("score").asInt()).isZero();
        assertThat(grade.get("maxScore").asInt()).isEqualTo(25);
        JsonNode explain = StreamSupport.stream(grade.get("tasks").spliterator(), false)
                .filter(task -> task.get("id").asText().equals("explain")).findFirst().orElseThrow();
        assertThat(explain.get("checks")).hasSize(5).allSatisfy(check -> {
            assertThat(check.get("status").asText()).isEqualTo("withheld");
            assertThat(check.get("visibility").asText()).isEqualTo("after_published");
            assertThat(check.get("message").asText()).contains("this grader has no answer key");
        });
        assertThat(grade.get("withheld").asInt()).isEqualTo(5);
        assertThat(grade.get("withheldPoints").asInt()).isEqualTo(5);
        assertThat(grade.get("inconclusive").asInt()).isZero();
    }

    /** Every file's text under {@code root}; bytes that are not UTF-8 are replaced, never refused. */
    private static List<String> contents(Path root) throws IOException {
        List<String> contents = new ArrayList<>();
        for (String file : FileTree.files(root)) {
            contents.add(new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8));
        }
        return contents;
    }
}
