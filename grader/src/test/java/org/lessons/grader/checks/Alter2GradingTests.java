package org.lessons.grader.checks;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/** The alter-2 checks against the reference, the stub, and known-wrong and differently written variants. */
class Alter2GradingTests {

    private static final String TASK = "alter-2";

    @Test
    void referenceSolutionScoresFullMarks() {
        Grade grade = GradingFixture.grade(GradingFixture.solutions(), TASK);

        assertThat(GradingFixture.failed(grade)).as(GradingFixture.failures(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(8).isEqualTo(grade.maxScore());
    }

    @Test
    void stubScoresZeroWithLearnerWordedFailures() {
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), TASK);

        assertThat(grade.score()).isZero();
        assertThat(GradingFixture.outcomes(grade)).hasSize(4);
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Alter2");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("alter2-no-results-line", Set.of("linesComeInTheGatherOrder")),
                Arguments.of("alter2-pause-between-awaits", Set.of("takesAboutTheLongestTask")),
                Arguments.of("alter2-hardcoded-total", Set.of("worksForAnyTaskList")),
                Arguments.of("alter2-completion-order", Set.of("linesComeInTheGatherOrder", "worksForAnyTaskList")),
                Arguments.of("alter2-allof", Set.of("awaitsTaskHandlesWithoutAllOf")),
                Arguments.of("alter2-kit-gather", Set.of("awaitsTaskHandlesWithoutAllOf")),
                Arguments.of("alter2-no-create-task", Set.of("awaitsTaskHandlesWithoutAllOf")));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void knownWrongVariantFailsExactlyItsChecks(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), TASK);

        assertThat(GradingFixture.failed(grade)).as(GradingFixture.failures(grade)).containsExactlyInAnyOrderElementsOf(failing);
        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.status() == CheckOutcome.Status.FAILED)
                .allSatisfy(o -> assertThat(o.feedback()).hasValueSatisfying(f -> assertThat(f.next()).isNotBlank()));
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("alter2-variant-recursion"), TASK);

        assertThat(GradingFixture.failed(grade)).as(GradingFixture.failures(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(8);
    }

    @Test
    void everyCheckIsFailedBySomeMutant() {
        Set<String> failedSomewhere = mutants().flatMap(args -> ((Set<?>) args.get()[1]).stream())
                .map(String::valueOf).collect(Collectors.toSet());
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), TASK);

        assertThat(failedSomewhere).containsExactlyInAnyOrderElementsOf(GradingFixture.failed(grade));
    }
}
