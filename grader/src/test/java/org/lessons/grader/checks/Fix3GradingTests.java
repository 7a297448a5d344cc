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

/** The fix-3 task's checks against the reference, the stub, and known-wrong and differently written variants. */
class Fix3GradingTests {

    private static final String TASK = "fix-3";

    @Test
    void referenceSolutionScoresFullMarks() {
        Grade grade = GradingFixture.grade(GradingFixture.solutions(), TASK);

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(8).isEqualTo(grade.maxScore());
    }

    @Test
    void stubScoresZeroWithLearnerWordedFailures() {
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), TASK);

        assertThat(grade.score()).isZero();
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Fix3");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("fix-3-gather", Set.of("firstResultIsReported", "firstResultAfterAboutOneSecond", "cancelledTasksPrintNoDoneLine")),
                // Not cancelled, the others print their done lines as soon as the loop stays open long enough.
                Arguments.of("fix-3-no-cancel", Set.of("nothingLeftPending", "cancelledTasksPrintNoDoneLine")),
                Arguments.of("fix-3-total-from-the-first", Set.of("firstResultAfterAboutOneSecond")),
                Arguments.of("fix-3-cancels-the-winner", Set.of("nothingLeftPending", "cancelledTasksPrintNoDoneLine")),
                Arguments.of("fix-3-forgotten-cool-down", Set.of("nothingLeftPending")),
                Arguments.of("fix-3-done-before-wait", Set.of("cancelledTasksPrintNoDoneLine")),
                Arguments.of("fix-3-slow-report", Set.of("firstResultAfterAboutOneSecond")),
                Arguments.of("fix-3-hardcoded-b", Set.of("firstResultIsReported")));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void knownWrongVariantFailsExactlyItsChecks(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), TASK);

        assertThat(notPassed(grade)).containsExactlyInAnyOrderElementsOf(failing);
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix-3-variant-manual-first"), TASK);

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(8);
    }

    @Test
    void everyCheckIsFailedBySomeMutantOnItsOwn() {
        Set<String> failedAlone = mutants().map(args -> (Set<?>) args.get()[1]).filter(set -> set.size() == 1)
                .flatMap(Set::stream).map(String::valueOf).collect(Collectors.toSet());
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), TASK);

        assertThat(failedAlone).containsExactlyInAnyOrderElementsOf(GradingFixture.failed(grade));
    }

    /**
     * The checks that did not pass. A timing check that a mutant misses may come out inconclusive instead of
     * failed when the shared machine is loaded (the grader then does not hold it against anyone); for a
     * known-wrong variant either verdict shows that the check caught it.
     */
    private static Set<String> notPassed(Grade grade) {
        return GradingFixture.outcomes(grade).stream().filter(o -> o.status() != CheckOutcome.Status.PASSED)
                .map(CheckOutcome::id).collect(Collectors.toSet());
    }
}
