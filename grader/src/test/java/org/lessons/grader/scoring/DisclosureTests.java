package org.lessons.grader.scoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lessons.grader.feedback.Feedback;

import static org.assertj.core.api.Assertions.assertThat;

/** A grade withholds exactly the verdicts of its hidden checks, and nothing of what they found. */
class DisclosureTests {

    private static final Feedback WRONG = new Feedback("B", "you answered A", "Explain.java:9", "Why B: the key's reason");

    private static final CheckOutcome VISIBLE_FAILURE = new CheckOutcome("run", "lines", "lines",
            CheckOutcome.Status.FAILED, 3, Optional.of(new Feedback("a", "b", "Run.java:3", "d")), Map.of("measured", "2.0"));

    private static CheckOutcome hidden(CheckOutcome.Status status) {
        return new CheckOutcome("explain", "q" + status.ordinal(), "question", status, 1,
                status == CheckOutcome.Status.PASSED ? Optional.empty() : Optional.of(WRONG),
                Map.of("question 1, right answer", "B"), Visibility.AFTER_PUBLISHED);
    }

    @Test
    void aWithholdingGradeShowsAPassedAndAFailedHiddenCheckAlikeWithoutTheirFiguresOrFeedback() {
        CheckOutcome passed = Disclosure.WITHHOLD_HIDDEN.apply(hidden(CheckOutcome.Status.PASSED));
        CheckOutcome failed = Disclosure.WITHHOLD_HIDDEN.apply(hidden(CheckOutcome.Status.FAILED));

        assertThat(List.of(passed, failed)).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.WITHHELD);
            assertThat(outcome.points()).isZero();
            assertThat(outcome.maxPoints()).isEqualTo(1);
            assertThat(outcome.figures()).isEmpty();
            assertThat(outcome.feedback().orElseThrow().render()).doesNotContain("Why B").doesNotContain("you answered");
        });
        assertThat(passed.feedback()).isEqualTo(failed.feedback());
    }

    @Test
    void visibleChecksAndEveryCheckOfAFullGradeAreShownAsTheyAre() {
        assertThat(Disclosure.WITHHOLD_HIDDEN.apply(VISIBLE_FAILURE)).isEqualTo(VISIBLE_FAILURE);
        assertThat(Disclosure.FULL.apply(hidden(CheckOutcome.Status.FAILED))).isEqualTo(hidden(CheckOutcome.Status.FAILED));
    }

    @Test
    void aWithheldGradeLeavesTheHiddenPointsOutOfItsScoreAndCountsThem() {
        Grade grade = Grade.of("src", Duration.ofMillis(100), 1, new Confinement(true, "bubblewrap"),
                List.of(VISIBLE_FAILURE, hidden(CheckOutcome.Status.PASSED), hidden(CheckOutcome.Status.FAILED)),
                Duration.ofSeconds(1));

        Grade withheld = grade.disclosed(Disclosure.WITHHOLD_HIDDEN);

        assertThat(grade.score()).isEqualTo(1);
        assertThat(withheld.score()).isZero();
        assertThat(withheld.maxScore()).isEqualTo(grade.maxScore()).isEqualTo(5);
        assertThat(withheld.withheld()).isEqualTo(2);
        assertThat(withheld.withheldPoints()).isEqualTo(2);
        assertThat(grade.disclosed(Disclosure.FULL)).isEqualTo(grade);
    }
}
