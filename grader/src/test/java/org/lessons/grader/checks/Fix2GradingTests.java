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

/** The fix-2 checks against the reference, the stub, and known-wrong and differently written variants. */
class Fix2GradingTests {

    private static final String TASK = "fix-2";

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
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Fix2");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("fix2-errors-reported-at-the-end", Set.of("failingTaskReportsItsError")),
                Arguments.of("fix2-cool-down-after-error", Set.of("takesAboutTheLongestTask")),
                Arguments.of("fix2-hardcoded-total", Set.of("worksForAnyTaskList")),
                Arguments.of("fix2-wrapped-message", Set.of("failingTaskReportsItsError", "worksForAnyTaskList")),
                Arguments.of("fix2-group-handler", Set.of("failingTaskReportsItsError", "takesAboutTheLongestTask",
                        "worksForAnyTaskList")),
                Arguments.of("fix2-no-handling", Set.of("failingTaskReportsItsError", "takesAboutTheLongestTask",
                        "worksForAnyTaskList")));
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
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix2-no-handling"), TASK);

        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> assertThat(outcome.feedback())
                .hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured()).contains("Task B failed").contains("ended the whole group");
                    assertThat(feedback.next()).contains("safeTask");
                }));
    }

    @Test
    void anErrorLineWithTheWrappersMessageIsQuotedAtItsPrintLine() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix2-wrapped-message"), TASK);

        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.status() == CheckOutcome.Status.FAILED).hasSize(2)
                .allSatisfy(outcome -> assertThat(outcome.feedback()).hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured())
                            .contains("Task B error: java.lang.IllegalStateException: Task B failed");
                    assertThat(feedback.where()).endsWith("Fix2.java:37");
                }));
        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.id().equals("worksForAnyTaskList")).singleElement()
                .satisfies(outcome -> assertThat(outcome.feedback().orElseThrow().next()).contains("CompletionException"));
    }

    @Test
    void aHandlerOnTheWholeGroupIsShownAtItsLineAsTheGroupEndingAtTheFailure() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix2-group-handler"), TASK);

        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> assertThat(outcome.feedback())
                .hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured()).contains("the group ended at B's error")
                            .contains("A and C never printed a done line");
                    assertThat(feedback.where()).endsWith("fix2-group-handler/asyncbasics/Fix2.java:51");
                    assertThat(feedback.next()).contains("in its own safeTask");
                }));
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix2-variant-handle-fold"), TASK);

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
