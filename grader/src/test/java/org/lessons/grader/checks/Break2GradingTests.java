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

/** The break-2 task's checks against the reference, the stub, and known-wrong and differently written variants. */
class Break2GradingTests {

    private static final String TASK = "break-2";
    private static final Set<String> EVERY_CHECK = Set.of("tasksRunOneAfterAnother", "totalIsTheSum",
            "staticRuleFindsTheThreadSleep", "runtimeDetectorSeesTheSleep");

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
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Break2");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("break-2-fixed", Set.of("tasksRunOneAfterAnother", "totalIsTheSum", "staticRuleFindsTheThreadSleep", "runtimeDetectorSeesTheSleep")),
                Arguments.of("break-2-busy-wait", Set.of("staticRuleFindsTheThreadSleep", "runtimeDetectorSeesTheSleep")),
                Arguments.of("break-2-reversed", Set.of("tasksRunOneAfterAnother")),
                Arguments.of("break-2-oversleeps", Set.of("totalIsTheSum")),
                Arguments.of("break-2-timeunit-sleep", Set.of("staticRuleFindsTheThreadSleep")),
                // Reflection is not part of the lesson: the allow-list stops the task before it runs.
                Arguments.of("break-2-reflective-sleep", EVERY_CHECK),
                Arguments.of("break-2-sleep-joined-off-loop", Set.of("runtimeDetectorSeesTheSleep")));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void knownWrongVariantFailsExactlyItsChecks(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), TASK);

        assertThat(notPassed(grade)).containsExactlyInAnyOrderElementsOf(failing);
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("break-2-variant-helper"), TASK);

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(8);
    }

    @Test
    void fixedProgramFailsTheBreakTaskBecauseTheSymptomIsAbsent() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("break-2-fixed"), TASK);

        assertThat(notPassed(grade)).containsExactlyInAnyOrderElementsOf(Set.of("tasksRunOneAfterAnother", "totalIsTheSum", "staticRuleFindsTheThreadSleep", "runtimeDetectorSeesTheSleep"));
        assertThat(grade.score()).isZero();
    }

    @Test
    void busyLoopReproducesTheSymptomByADifferentCauseAndIsToldApart() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("break-2-busy-wait"), TASK);

        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.status() == CheckOutcome.Status.FAILED)
                .extracting(CheckOutcome::id)
                .containsExactlyInAnyOrder("staticRuleFindsTheThreadSleep", "runtimeDetectorSeesTheSleep");
        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.status() == CheckOutcome.Status.FAILED)
                .allSatisfy(outcome -> assertThat(outcome.feedback()).hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured()).contains("busy").contains("different cause");
                    assertThat(feedback.where()).startsWith("grader/src/test/mutants/break-2-busy-wait/asyncbasics/Break2.java:");
                }));
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
