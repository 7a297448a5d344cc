package org.lessons.grader.checks;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.kit.Job;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mastery task's checks against the reference, the stub, known-wrong and differently written
 * predictors, each compared with real runs of lists from a fresh random seed; and the lists themselves.
 */
class MasteryTaskGradingTests {

    @Test
    void referenceSolutionScoresFullMarksAndPublishesTheSeed() {
        Grade grade = GradingFixture.grade(GradingFixture.solutions(), "mastery");

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(5).isEqualTo(grade.maxScore());
        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> {
            assertThat(outcome.figures()).containsKey("seed").containsKey("hidden list 5");
            assertThat(outcome.figures().get("fix the seed with"))
                    .isEqualTo("-Dgrade.seed=" + outcome.figures().get("seed"));
        });
        assertThat(GradingFixture.outcomes(grade).stream().map(o -> o.figures().get("seed")).distinct()).hasSize(1);
    }

    @Test
    void stubScoresZeroWithLearnerWordedFailures() {
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), "mastery");

        assertThat(grade.score()).isZero();
        assertThat(GradingFixture.outcomes(grade)).hasSize(5);
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Mastery");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("mastery-starts-by-duration", Set.of("startLinesComeFirstInArgumentOrder")),
                Arguments.of("mastery-done-in-argument-order", Set.of("doneLinesComeShortestFirst")),
                Arguments.of("mastery-ties-reversed", Set.of("equalDurationsFinishInStartOrder")),
                Arguments.of("mastery-raw-double-seconds", Set.of("doneLinesSayTheSecondsAsPrinted")),
                Arguments.of("mastery-extra-total-line", Set.of("predictionHasNoOtherLines")));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void knownWrongPredictorFailsExactlyItsCheckAndNamesTheSeed(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), "mastery");

        assertThat(GradingFixture.failed(grade)).containsExactlyInAnyOrderElementsOf(failing);
        CheckOutcome failed = GradingFixture.outcomes(grade).stream()
                .filter(o -> o.status() == CheckOutcome.Status.FAILED).findFirst().orElseThrow();
        String seed = failed.figures().get("seed");
        assertThat(failed.feedback()).hasValueSatisfying(feedback -> {
            assertThat(feedback.expected()).contains("of seed " + seed).contains("the real run printed");
            assertThat(feedback.measured()).contains("your predict returned");
            assertThat(feedback.where()).matches("grader/src/test/mutants/" + mutant + "/asyncbasics/Mastery.java:\\d+");
            assertThat(feedback.next()).contains("-Dgrade.seed=" + seed);
        });
    }

    @Test
    void correctButDifferentlyWrittenPredictorPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("mastery-variant-timeline"), "mastery");

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(5);
    }

    @Test
    void everyMasteryCheckIsFailedBySomeMutant() {
        Set<String> failedSomewhere = mutants().flatMap(args -> ((Set<?>) args.get()[1]).stream())
                .map(String::valueOf).collect(Collectors.toSet());

        assertThat(failedSomewhere).containsExactlyInAnyOrder("startLinesComeFirstInArgumentOrder",
                "doneLinesComeShortestFirst", "equalDurationsFinishInStartOrder", "doneLinesSayTheSecondsAsPrinted",
                "predictionHasNoOtherLines");
    }

    @Test
    void sameSeedGivesTheSameLists() {
        assertThat(HiddenLists.of(424242).lists()).isEqualTo(HiddenLists.of(424242).lists());
        assertThat(HiddenLists.of(1).lists()).isNotEqualTo(HiddenLists.of(2).lists());
    }

    @Test
    void everySeedGivesUnorderedListsTiesEqualDurationsAndASingleTask() {
        LongStream.range(0, 2_000).mapToObj(HiddenLists::of).forEach(hidden -> {
            List<List<Job>> lists = hidden.lists();
            assertThat(lists).hasSize(5);
            assertThat(lists.get(0)).hasSize(4);
            assertThat(lists.get(1)).hasSize(3).anyMatch(job -> job.seconds() == 1)
                    .anyMatch(job -> job.seconds() != Math.rint(job.seconds()));
            assertThat(lists.get(2)).hasSize(5);
            assertThat(lists.get(2).stream().map(Job::seconds).distinct()).hasSize(3);
            assertThat(List.of(lists.get(0), lists.get(1), lists.get(2))).allMatch(MasteryTaskGradingTests::notShortestFirst);
            assertThat(lists.get(3)).hasSize(3).extracting(Job::seconds).containsOnly(lists.get(3).get(0).seconds());
            assertThat(lists.get(4)).hasSize(1);
            lists.forEach(jobs -> assertThat(jobs.stream().map(Job::name).distinct()).hasSameSizeAs(jobs));
            assertThat(hidden.longest()).isLessThanOrEqualTo(3);
        });
    }

    private static boolean notShortestFirst(List<Job> jobs) {
        for (int i = 1; i < jobs.size(); i++) {
            if (jobs.get(i).seconds() < jobs.get(i - 1).seconds()) {
                return true;
            }
        }
        return false;
    }
}
