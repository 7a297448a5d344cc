package org.lessons.grader.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.feedback.ExplainWording;
import org.lessons.grader.lesson.ExplainKey;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/** The Explain task's checks against the reference, the stub, and known-wrong and differently written answers. */
class ExplainTaskGradingTests {

    private static final List<String> CHECKS = List.of("futureReturningMethodVersusPlainMethod",
            "threadSleepVersusLoopSleep", "whatTheLoopDoes", "asyncOrThreads", "whyComposeEveryFuture");

    @Test
    void referenceSolutionScoresFullMarks() {
        Grade grade = GradingFixture.grade(GradingFixture.solutions(), "explain");

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(5).isEqualTo(grade.maxScore());
    }

    @Test
    void stubScoresZeroWithLearnerWordedFailures() {
        Grade grade = GradingFixture.grade(GradingFixture.exercises(), "explain");

        assertThat(grade.score()).isZero();
        assertThat(GradingFixture.outcomes(grade)).hasSize(5);
        GradingFixture.assertEveryCheckFailsAsTheStub(grade, "Explain");
    }

    static Stream<Arguments> mutants() {
        return Stream.of(1, 2, 3, 4, 5).map(q -> Arguments.of("explain-wrong-q" + q, Set.of(CHECKS.get(q - 1))));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("mutants")
    void wrongAnswerFailsExactlyItsQuestionAndExplainsTheKey(String mutant, Set<String> failing) {
        Grade grade = GradingFixture.grade(GradingFixture.mutant(mutant), "explain");

        assertThat(GradingFixture.failed(grade)).containsExactlyInAnyOrderElementsOf(failing);
        int number = CHECKS.indexOf(failing.iterator().next()) + 1;
        ExplainWording.Question question = ExplainWording.explainQuestions().get(number - 1);
        ExplainKey.Answer key = ExplainKey.load().orElseThrow().answer(number);
        CheckOutcome failed = GradingFixture.outcomes(grade).stream()
                .filter(o -> o.status() == CheckOutcome.Status.FAILED).findFirst().orElseThrow();
        assertThat(failed.feedback()).hasValueSatisfying(feedback -> {
            assertThat(feedback.expected()).contains(question.option(key.letter()));
            assertThat(feedback.measured()).startsWith("you answered ");
            assertThat(feedback.where()).matches("grader/src/test/mutants/" + mutant + "/asyncbasics/Explain.java:\\d+");
            assertThat(feedback.next()).startsWith("Why " + key.letter() + ": ");
        });
    }

    @Test
    void missingAnswerFailsOnlyItsQuestionAndSaysWhatIsMissing() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("explain-missing-answer"), "explain");

        assertThat(GradingFixture.failed(grade)).containsExactly("asyncOrThreads");
        assertThat(GradingFixture.outcomes(grade).stream().filter(o -> !o.passed()).findFirst().orElseThrow().feedback())
                .hasValueSatisfying(feedback -> assertThat(feedback.expected()).contains("question 4"));
    }

    @Test
    void answersNumberedFromZeroFailEveryQuestionAndSaySo() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("explain-numbered-from-zero"), "explain");

        assertThat(GradingFixture.failed(grade)).containsExactlyInAnyOrderElementsOf(CHECKS);
        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> assertThat(outcome.feedback())
                .hasValueSatisfying(feedback -> {
                    assertThat(feedback.measured()).contains("numbered from 0");
                    assertThat(feedback.next()).contains("Number the answers 1 to 5");
                }));
    }

    @Test
    void anExtraEntryUnderZeroBesideTheFiveAnswersIsNotTakenForAnswersNumberedFromZero() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("explain-variant-extra-zero"), "explain");

        assertThat(GradingFixture.failed(grade)).isEmpty();
    }

    @Test
    void correctButDifferentlyWrittenAnswersPassEveryQuestion() {
        Grade grade = GradingFixture.grade(GradingFixture.mutant("explain-variant-letters"), "explain");

        assertThat(GradingFixture.failed(grade)).isEmpty();
        assertThat(grade.score()).isEqualTo(5);
    }

    @Test
    void everyQuestionShowsTheRightAnswerAsAFigure() {
        Grade grade = GradingFixture.grade(GradingFixture.solutions(), "explain");

        assertThat(GradingFixture.outcomes(grade)).allSatisfy(outcome -> assertThat(outcome.figures().keySet())
                .anyMatch(key -> key.endsWith("right answer")).anyMatch(key -> key.endsWith("why")));
    }

    @Test
    void keyIsBalancedAcrossLettersAndEveryQuestionHasFourOptions() {
        List<ExplainWording.Question> questions = ExplainWording.explainQuestions();
        Map<Character, Long> byLetter = ExplainKey.load().orElseThrow().answers().values().stream()
                .collect(Collectors.groupingBy(ExplainKey.Answer::letter, Collectors.counting()));

        assertThat(questions).hasSize(5).allSatisfy(q -> assertThat(q.options()).hasSize(4));
        assertThat(byLetter.keySet()).containsExactlyInAnyOrder('A', 'B', 'C', 'D');
    }

    @Test
    void answersAreReadFromAPrintedMapOrAListOfLetters() {
        assertThat(ExplainChecks.parse(List.of("{1=B, 2=c, 5='D'}"))).containsExactlyInAnyOrderEntriesOf(
                Map.of(1, 'B', 2, 'C', 5, 'D'));
        assertThat(ExplainChecks.parse(List.of("B", "C"))).containsExactlyInAnyOrderEntriesOf(Map.of(1, 'B', 2, 'C'));
        assertThat(ExplainChecks.parse(List.of("{1=null}"))).isEmpty();
    }
}
