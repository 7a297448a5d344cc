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

/** The alter-3 checks against the reference, the stub, and known-wrong and differently written variants. */
class Alter3GradingTests {

    private static final String TASK = "alter-3";

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
        assertThat(GradingFixture.outcomes(grade)).hasSize(3);
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Alter3");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("alter3-done-before-raise", Set.of("everyTaskRunsToItsEnd")),
                Arguments.of("alter3-fixed-wait", Set.of("waitsForEveryTask")),
                Arguments.of("alter3-total-rounded-wrongly", Set.of("waitsForEveryTask")),
                Arguments.of("alter3-message-in-slot", Set.of("failedSlotHoldsItsException")),
                Arguments.of("alter3-drops-failed", Set.of("failedSlotHoldsItsException")),
                Arguments.of("alter3-no-handling", Set.of("everyTaskRunsToItsEnd", "waitsForEveryTask",
                        "failedSlotHoldsItsException")));
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
    void aGroupThatCrashesIsToldSoInEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("alter3-no-handling"), TASK);

        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> assertThat(outcome.feedback())
                .hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured()).contains("Task B failed").contains("ended the whole group");
                    assertThat(feedback.next()).contains("handle(");
                }));
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("alter3-variant-chain"), TASK);

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
