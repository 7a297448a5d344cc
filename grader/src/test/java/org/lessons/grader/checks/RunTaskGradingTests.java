package org.lessons.grader.checks;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/** The Run task's checks against the reference, the stub, and known-wrong and differently written variants. */
class RunTaskGradingTests {

    @Test
    void referenceSolutionScoresFullMarks() {
        Grade grade = GradingFixture.grade(GradingFixture.solutions(), "run");

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(20).isEqualTo(grade.maxScore());
    }

    @Test
    void stubScoresZeroWithLearnerWordedFailures() {
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), "run");

        assertThat(grade.score()).isZero();
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Run");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("run-sequential-concurrent", Set.of("concurrentTakesTheLongest", "linesComeInTheOriginalOrder")),
                Arguments.of("run-thread-sleep-helper", Set.of("concurrentTakesTheLongest", "linesComeInTheOriginalOrder",
                        "noBlockingCallInTheCode", "loopNeverBlocksAtRuntime")),
                Arguments.of("run-sleep-method-reference", Set.of("concurrentTakesTheLongest", "linesComeInTheOriginalOrder",
                        "noBlockingCallInTheCode", "loopNeverBlocksAtRuntime")),
                Arguments.of("run-hardcoded-total", Set.of("printedTotalsAreMeasured")),
                // Its total is the measured time up to where it printed it; only its place is wrong.
                Arguments.of("run-total-before-the-gather", Set.of("linesComeInTheOriginalOrder")),
                Arguments.of("run-sequential-started-at-once", Set.of("linesComeInTheOriginalOrder",
                        "sequentialTakesTheSum")),
                // Its tasks finish only during the next section; its printed totals are still the measured ones.
                Arguments.of("run-sequential-then-apply", Set.of("linesComeInTheOriginalOrder",
                        "doneLinesComeAtTheirNominalOffsets", "sequentialTakesTheSum")),
                Arguments.of("run-completion-order", Set.of("resultsComeInArgumentOrder", "linesComeInTheOriginalOrder")),
                // Its totals are measured with EventLoop.time(), from before the first task to its total line: only
                // its done lines are early, so the printed totals are right.
                Arguments.of("run-done-early", Set.of("doneLinesComeAtTheirNominalOffsets", "sequentialTakesTheSum",
                        "concurrentTakesTheLongest", "linesComeInTheOriginalOrder")),
                Arguments.of("run-busy-wait", Set.of("concurrentTakesTheLongest", "linesComeInTheOriginalOrder",
                        "doneLinesComeAtTheirNominalOffsets", "loopNeverBlocksAtRuntime")),
                Arguments.of("run-sleep-zero", Set.of("noBlockingCallInTheCode")),
                Arguments.of("run-totals-from-durations", Set.of("printedTotalsAreMeasured")),
                Arguments.of("run-results-by-name", Set.of("resultsComeInArgumentOrder")),
                // An idle thread named "event-loop" while the real loop waits for pool work: only the kit's own
                // reference tells the loop thread.
                Arguments.of("run-decoy-loop-thread", Set.of("loopNeverBlocksAtRuntime")));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void knownWrongVariantFailsExactlyItsChecks(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), "run");

        assertThat(GradingFixture.failed(grade)).containsExactlyInAnyOrderElementsOf(failing);
    }

    /**
     * Done lines printed on the common pool: its threads' waits for a CPU before they first read the clock are not
     * left out (README, "Lesson time"), so on a busy machine the done lines can also come late. The check of the
     * loop thread fails always; the timing checks may fail too, and no other.
     */
    @Test
    void printingOnThePoolFailsTheLoopThreadCheckAndAtMostTheTimingsThePoolMakesLate() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("run-off-loop"), "run");

        assertThat(GradingFixture.failed(grade)).contains("taskLinesRunOnTheLoop")
                .isSubsetOf("taskLinesRunOnTheLoop", "concurrentTakesTheLongest", "doneLinesComeAtTheirNominalOffsets",
                        "sequentialTakesTheSum");
    }

    /**
     * Every task of the sequential section started at once: the start lines print in doTask, but the mistake is the
     * loop that calls doTask for each job before chaining, and the failures say so at that line.
     */
    @Test
    void tasksStartedAtOnceInTheSequentialSectionAreShownAtTheLineThatStartsThem() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("run-sequential-started-at-once"), "run");

        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.status() == CheckOutcome.Status.FAILED).hasSize(2)
                .allSatisfy(outcome -> assertThat(outcome.feedback()).hasValueSatisfying(feedback -> {
                    assertThat(feedback.where()).endsWith("asyncbasics/Run.java:37");
                    assertThat(feedback.measured()).contains("task B started");
                    assertThat(feedback.next()).contains("inside thenCompose of the previous task's future");
                }));
    }

    @Test
    void aLineInPlaceOfAnotherGetsAdviceForWhatItShows() {
        assertThat(orderFeedback("run-total-before-the-gather").next()).startsWith("Print the total only once every task");
        assertThat(orderFeedback("run-sequential-concurrent").next())
                .contains("start every task of the section before waiting for any");
    }

    private static org.lessons.grader.feedback.Feedback orderFeedback(String mutant) {
        return GradingFixture.outcomes(GradingFixture.grade(GradingFixture.mutant(mutant), "run")).stream()
                .filter(o -> o.id().equals("linesComeInTheOriginalOrder")).findFirst().orElseThrow().feedback()
                .orElseThrow();
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("run-variant-streams"), "run");

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(20);
    }

    @Test
    void everyRunCheckIsFailedBySomeMutant() {
        Set<String> failedSomewhere = java.util.stream.Stream.concat(mutants().flatMap(args ->
                        ((Set<?>) args.get()[1]).stream()).map(String::valueOf), Stream.of("taskLinesRunOnTheLoop"))
                .collect(java.util.stream.Collectors.toSet());
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), "run");

        assertThat(failedSomewhere).containsExactlyInAnyOrderElementsOf(GradingFixture.failed(grade));
    }
}
