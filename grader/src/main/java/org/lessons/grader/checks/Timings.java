package org.lessons.grader.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.feedback.Inconclusive;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.TimingJudge;
import org.lessons.grader.timing.Tolerance;

/**
 * The one way from timing bounds to a check's outcome: judges them (with fresh runs when late), then turns the verdict
 * into a pass, a failure or an inconclusive check, and reports the figures.
 */
final class Timings {

    private Timings() {
    }

    /**
     * Judges the bounds that {@code measure} takes of {@code first}, and of fresh runs from {@code fresh} while a late
     * span may be the machine's doing, and passes, fails or leaves the check inconclusive by the verdict.
     *
     * @param lateHint what to try next when a span is late
     * @param early how an early span is said, when the task says it in its own words; empty for the common sentence
     */
    static void judge(TimingJudge judge, Submission submission, TestReporter reporter, ChildRun first,
                      Supplier<ChildRun> fresh, Function<ChildRun, List<Bound>> measure, String lateHint,
                      Optional<Function<Bound, Feedback>> early) {
        report(judge.judge(first, fresh, measure), judge.tolerance(), submission, reporter, lateHint,
                early.orElse(bound -> Wording.early(bound, submission.locator())));
    }

    private static void report(TimingJudge.Result result, Tolerance tolerance, Submission submission,
                               TestReporter reporter, String hint, Function<Bound, Feedback> earlyWording) {
        if (result instanceof TimingJudge.Result.Held held) {
            for (Bound bound : held.bounds()) {
                publish(reporter, bound);
            }
            reporter.publishEntry("attempts", Integer.toString(held.attempt()));
        } else if (result instanceof TimingJudge.Result.Early early) {
            publish(reporter, early.bound());
            throw new CheckFailure(earlyWording.apply(early.bound()));
        } else if (result instanceof TimingJudge.Result.Late late) {
            publish(reporter, late.bound());
            throw new CheckFailure(Wording.late(late.bound(), late.attempts(), tolerance, submission.locator(), hint));
        } else if (result instanceof TimingJudge.Result.Unsure unsure) {
            publish(reporter, unsure.bound());
            throw new Inconclusive(Wording.unsure(unsure.bound(), unsure.attempts(), unsure.machineLatenessNanos(),
                    submission.locator()));
        }
    }

    private static void publish(TestReporter reporter, Bound bound) {
        reporter.publishEntry(bound.what(), Wording.seconds(bound.measuredSeconds()) + " (nominal "
                + Wording.seconds(bound.nominalSeconds()) + ")");
    }
}
