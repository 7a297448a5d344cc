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

/** The alter-1 checks against the reference, the stub, and known-wrong and differently written variants. */
class Alter1GradingTests {

    private static final String TASK = "alter-1";

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
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Alter1");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("alter1-d-first", Set.of("linesIncludeTheFourthTask")),
                Arguments.of("alter1-sequential-pause", Set.of("sequentialTakesTheSum")),
                Arguments.of("alter1-concurrent-fixed-wait", Set.of("concurrentTakesTheLongest")),
                Arguments.of("alter1-hardcoded-total", Set.of("worksForAnyTaskList")));
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
        Grade grade = GradingFixture.grade(GradingFixture.mutant("alter1-variant-recursion"), TASK);

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
