package org.lessons.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.checks.GradingFixture;
import org.lessons.grader.lesson.ExplainKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explain answers are hidden until the grades are published: a grading told to withhold them writes no part of
 * the key anywhere the learner can read, and Gradescope gets them as {@code after_published} tests.
 */
class HiddenChecksTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aGradingThatWithholdsHiddenChecksWritesNoPartOfTheKeyAndLeavesTheirPointsOut(@TempDir Path directory)
            throws IOException {
        Path json = grade(directory, "--withhold-hidden");

        assertThat(leaks(directory)).isEmpty();
        JsonNode grade = new ObjectMapper().readTree(json.toFile());
        assertThat(grade.get("score").asInt()).isZero();
        assertThat(grade.get("withheld").asInt()).isEqualTo(5);
        assertThat(grade.get("withheldPoints").asInt()).isEqualTo(5);
        assertThat(checks(grade)).allSatisfy(check -> {
            assertThat(check.get("status").asText()).isEqualTo("withheld");
            assertThat(check.get("figures").size()).isZero();
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 points hidden until the grades are published");
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("explain ")))
                .hasSize(5).allSatisfy(line -> assertThat(line).contains(" -- "));
        assertThat(directory.resolve("grade/junit/TEST-explain.xml")).content().doesNotContain("<failure")
                .contains("skipped=\"5\"");
        assertThat(directory.resolve("grade/report.html")).content().doesNotContain("class=\"passed\"")
                .doesNotContain("class=\"failed\"");
    }

    @Test
    void aWithholdingGradingLooksTheSameWhicheverAnswerWasWrong(@TempDir Path directory) throws IOException {
        JsonNode wrongFirst = new ObjectMapper().readTree(gradeMutant(directory.resolve("q1"), "explain-wrong-q1",
                "--withhold-hidden").toFile());
        JsonNode wrongSecond = new ObjectMapper().readTree(gradeMutant(directory.resolve("q2"), "explain-wrong-q2",
                "--withhold-hidden").toFile());

        assertThat(checks(wrongFirst)).isEqualTo(checks(wrongSecond));
        assertThat(wrongFirst.get("score")).isEqualTo(wrongSecond.get("score"));
    }

    @Test
    void anInstructorsGradingShowsTheKeySoTheLeakSearchCanFindEveryPartOfIt(@TempDir Path directory) throws IOException {
        Path json = grade(directory);

        assertThat(leaks(directory)).containsExactlyInAnyOrderElementsOf(secrets());
        JsonNode grade = new ObjectMapper().readTree(json.toFile());
        assertThat(grade.get("score").asInt()).isEqualTo(4);
        assertThat(grade.get("withheld").asInt()).isZero();
    }

    @Test
    void gradescopeGetsTheHiddenChecksAsAfterPublishedTestsAndASummaryWithoutThem(@TempDir Path directory)
            throws IOException {
        grade(directory);

        JsonNode results = new ObjectMapper().readTree(directory.resolve("grade/gradescope/results.json").toFile());
        assertThat(results.get("score").asDouble()).isEqualTo(4.0);
        assertThat(results.get("tests")).hasSize(5).allSatisfy(test ->
                assertThat(test.get("visibility").asText()).isEqualTo("after_published"));
        assertThat(results.get("output").asText()).contains("5 points hidden until the grades are published")
                .doesNotContain("4/5");
    }

    /** Grades the mutant that answers question 1 wrongly, explain only, with {@code options}; returns grade.json. */
    private Path grade(Path directory, String... options) {
        return gradeMutant(directory, "explain-wrong-q1", options);
    }

    /** Grades {@code mutant}, explain only, with {@code options}; returns grade.json. */
    private Path gradeMutant(Path directory, String mutant, String... options) {
        Path json = directory.resolve("grade.json");
        List<String> args = new ArrayList<>(List.of("--submission=" + GradingFixture.mutant(mutant),
                "--tasks=explain", "--json=" + json, "--work=" + directory.resolve("work")));
        args.addAll(List.of(options));
        int code = GradeCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args.toArray(String[]::new));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return json;
    }

    /** The parts of the key found in the console output or in any file the grading wrote. */
    private List<String> leaks(Path directory) throws IOException {
        List<String> texts = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(directory.resolve("work")))
                    .toList()) {
                texts.add(Files.readString(file));
            }
        }
        return secrets().stream().filter(secret -> texts.stream().anyMatch(text -> text.contains(secret))).toList();
    }

    /**
     * What would give the key away: the longest stretch of plain words of each answer's reason (no punctuation, so
     * that Markdown's and HTML's escaping cannot hide it from the search) and the name of the right-answer figure.
     */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        ExplainKey.load().orElseThrow().answers().values().forEach(answer -> secrets.add(
                java.util.Arrays.stream(answer.why().split("[^A-Za-z ]+")).map(String::strip)
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow()));
        secrets.add("right answer");
        return secrets;
    }

    private static List<JsonNode> checks(JsonNode grade) {
        return StreamSupport.stream(grade.get("tasks").spliterator(), false)
                .flatMap(task -> StreamSupport.stream(task.get("checks").spliterator(), false)).toList();
    }
}
