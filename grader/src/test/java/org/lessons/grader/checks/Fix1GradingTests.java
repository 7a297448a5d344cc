package org.lessons.grader.checks;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/** The fix-1 task's checks against the reference, the stub, and known-wrong and differently written variants. */
class Fix1GradingTests {

    private static final String TASK = "fix-1";
    private static final Set<String> EVERY_CHECK = Set.of("linesComeInTheConcurrentOrder", "totalIsTheLongest",
            "noBlockingCallInTheCode", "loopNeverBlocksAtRuntime");

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
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Fix1");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("fix-1-still-blocking", Set.of("linesComeInTheConcurrentOrder", "totalIsTheLongest", "noBlockingCallInTheCode", "loopNeverBlocksAtRuntime")),
                Arguments.of("fix-1-reversed-start", Set.of("linesComeInTheConcurrentOrder")),
                Arguments.of("fix-1-total-in-milliseconds", Set.of("totalIsTheLongest")),
                Arguments.of("fix-1-debug-line", Set.of("linesComeInTheConcurrentOrder")),
                Arguments.of("fix-1-oversleeps", Set.of("totalIsTheLongest")),
                Arguments.of("fix-1-sleep-zero", Set.of("noBlockingCallInTheCode")),
                Arguments.of("fix-1-joins-a-pool", Set.of("loopNeverBlocksAtRuntime")),
                // Each blocks the loop most of the run in calls too short for a sampler (12 ms), or where the sampler
                // does not look (a read in native code), while the output and the totals stay right.
                Arguments.of("fix-1-short-sleeps", Set.of("noBlockingCallInTheCode", "loopNeverBlocksAtRuntime")),
                // A proxy and a child process are not part of the lesson: the allow-list stops the task before it runs
                // (harness/BlockingRecorderTests keeps a sleep behind a proxy and a file read seen at runtime).
                Arguments.of("fix-1-proxy-sleep", EVERY_CHECK),
                Arguments.of("fix-1-blocking-read", EVERY_CHECK));
    }

    @Test
    void aDebuggingLineIsCalledForeignAtItsPrintLineWithAdviceToRemoveIt() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix-1-debug-line"), "fix-1");

        assertThat(GradingFixture.outcomes(grade)).filteredOn(o -> o.id().equals("linesComeInTheConcurrentOrder"))
                .singleElement().satisfies(outcome -> assertThat(outcome.feedback()).hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured()).contains("(debug: on thread").contains("none of the section's lines");
                    assertThat(feedback.where()).endsWith("asyncbasics/Fix1.java:23");
                    assertThat(feedback.next()).contains("remove this one");
                }));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void knownWrongVariantFailsExactlyItsChecks(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), TASK);

        assertThat(notPassed(grade)).containsExactlyInAnyOrderElementsOf(failing);
    }

    @Test
    void shortSleepsAreReportedWithTheirLineHowOftenAndHowLongInTotal() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix-1-short-sleeps"), TASK);

        assertThat(runtimeFeedback(grade)).satisfies(feedback -> {
            assertThat(feedback.measured()).startsWith("it was asleep in Thread.sleep ").contains(" times, ")
                    .endsWith(" lesson seconds in total");
            assertThat(feedback.where()).endsWith("fix-1-short-sleeps/asyncbasics/Fix1.java:53");
            assertThat(feedback.next()).contains("EventLoop.sleep");
        });
    }

    @Test
    void aPipeToAChildProcessIsStoppedByTheAllowListAtItsLineInOneSentence() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix-1-blocking-read"), TASK);

        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> assertThat(outcome.feedback()).hasValueSatisfying(
                feedback -> {
                    assertThat(feedback.measured()).startsWith("asyncbasics/Fix1.java:59 calls java.lang.Process.getOutputStream:"
                            + " starting or reaching other processes is not part of this lesson");
                    assertThat(feedback.where()).endsWith("fix-1-blocking-read/asyncbasics/Fix1.java:59");
                }));
    }

    @Test
    void correctButDifferentlyWrittenVariantPassesEveryCheck() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("fix-1-variant-create-task"), TASK);

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

    /** The feedback of the runtime check of blocking, which must have failed. */
    private static Feedback runtimeFeedback(Grade grade) {
        return GradingFixture.outcomes(grade).stream().filter(o -> o.id().equals("loopNeverBlocksAtRuntime"))
                .findFirst().flatMap(CheckOutcome::feedback).orElseThrow(() -> new AssertionError(GradingFixture.failures(grade)));
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
