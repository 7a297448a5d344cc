package org.lessons.grader.checks;

import org.junit.jupiter.api.TestReporter;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Inconclusive;
import org.lessons.grader.feedback.Wording;
import org.lessons.grader.submission.Submission;
import org.lessons.grader.timing.Bound;
import org.lessons.grader.timing.TimingJudge;
import org.lessons.grader.timing.Tolerance;

/** Turns a timing verdict into a pass, a failure or an inconclusive check, and reports the figures. */
final class Timings {

    private Timings() {
    }

    static void report(TimingJudge.Result result, Tolerance tolerance, Submission submission, TestReporter reporter,
                       String hint) {
        if (result instanceof TimingJudge.Result.Held held) {
            for (Bound bound : held.bounds()) {
                publish(reporter, bound);
            }
            reporter.publishEntry("attempts", Integer.toString(held.attempt()));
        } else if (result instanceof TimingJudge.Result.Early early) {
            publish(reporter, early.bound());
            throw new CheckFailure(Wording.early(early.bound(), submission.locator()));
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
