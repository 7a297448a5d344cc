package org.lessons.grader.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lessons.grader.Grading;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grades a source root the way {@code mvn verify} does, for the grader's own tests: the
 * reference solutions, the stubs, and the mutants under {@code grader/src/test/mutants}.
 */
public final class GradingFixture {

    /** The lesson's root directory, passed by Surefire as {@code lesson.root}. */
    public static Path root() {
        String root = System.getProperty("lesson.root");
        Path path = root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("solutions"))) {
            throw new IllegalStateException("cannot find the lesson root from " + path + "; set -Dlesson.root");
        }
        return path;
    }

    public static Path solutions() {
        return root().resolve("solutions/src/main/java");
    }

    public static Path exercises() {
        return root().resolve("exercises/src/main/java");
    }

    /** The source root of one mutant: {@code grader/src/test/mutants/<name>}. */
    public static Path mutant(String name) {
        Path path = root().resolve("grader/src/test/mutants").resolve(name);
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("no mutant " + path);
        }
        return path;
    }

    /** Grades {@code sourceRoot} for the given tasks (all when none are given). */
    public static Grade grade(Path sourceRoot, String... tasks) {
        Path work = root().resolve("grader/target/self-grading").resolve(
                Integer.toHexString(sourceRoot.toString().hashCode()) + "-" + String.join("-", tasks));
        return Grading.run(new Grading.Options(sourceRoot, Duration.ofMillis(100), Set.of(tasks), work, root(), 2,
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)),
                outcome -> { }).grade();
    }

    /** The ids of the checks that failed. */
    public static Set<String> failed(Grade grade) {
        return outcomes(grade).stream().filter(o -> o.status() == CheckOutcome.Status.FAILED)
                .map(CheckOutcome::id).collect(Collectors.toSet());
    }

    public static List<CheckOutcome> outcomes(Grade grade) {
        return grade.tasks().stream().flatMap(t -> t.checks().stream()).toList();
    }

    /**
     * Asserts what every stub must show: each check failed, and its feedback says "still the stub",
     * points at the stub's file and line, says what to do next, and holds no stack trace.
     */
    public static void assertEveryCheckFailsAsTheStub(Grade grade, String stubClass) {
        assertThat(outcomes(grade)).isNotEmpty().allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.FAILED);
            assertThat(outcome.feedback()).hasValueSatisfying(feedback -> {
                assertThat(feedback.measured()).contains("still the stub");
                assertThat(feedback.where()).startsWith("exercises/src/main/java/asyncbasics/" + stubClass + ".java:");
                assertThat(feedback.next()).isNotBlank();
                assertThat(feedback.render()).doesNotContain("\tat ");
            });
        });
    }

    /** What each check that did not pass said, for an assertion message. */
    public static String failures(Grade grade) {
        return outcomes(grade).stream().filter(o -> o.status() != CheckOutcome.Status.PASSED)
                .map(o -> o.id() + " " + o.status() + ": " + o.feedback().map(f -> f.render()).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private GradingFixture() {
    }
}
