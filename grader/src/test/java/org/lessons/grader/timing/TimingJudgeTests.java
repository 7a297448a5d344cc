package org.lessons.grader.timing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lower bounds are exact, late upper bounds are measured again, and only measured load makes a verdict inconclusive. */
class TimingJudgeTests {

    private static final long LESSON_SECOND = 100_000_000L;
    private static final long MS = 1_000_000L;
    private static final Tolerance TOLERANCE = Tolerance.DEFAULT;
    /** A span of one nominal lesson second, measured as the run's wall time says. */
    private static final double NOMINAL = 1.0;
    private static final long SLACK = TOLERANCE.slackNanos(LESSON_SECOND);

    private final TimingJudge judge = new TimingJudge(TOLERANCE);

    // --- Tolerance ---------------------------------------------------------------------------------

    @Test
    void toleranceIsAShareOfTheLessonSecondButNeverBelowItsFloor() {
        assertThat(TOLERANCE.slackNanos(50 * MS)).isEqualTo(30 * MS);
        assertThat(TOLERANCE.slackNanos(1_000 * MS)).isEqualTo(300 * MS);
        assertThat(TOLERANCE.slackSeconds(50 * MS)).isEqualTo(0.6);
    }

    @Test
    void negativeToleranceIsRejected() {
        assertThatThrownBy(() -> new Tolerance(-0.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tolerance(0.1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- Bound ---------------------------------------------------------------------------------------

    @Test
    void lowerBoundIsExactWhateverTheTolerance() {
        Tolerance huge = new Tolerance(100, 10_000 * MS);
        assertThat(bound(LESSON_SECOND - 1).verdict(huge)).isEqualTo(Bound.Verdict.EARLY);
        assertThat(bound(LESSON_SECOND).verdict(huge)).isEqualTo(Bound.Verdict.WITHIN);
        assertThat(bound(LESSON_SECOND).lowerNanos()).isEqualTo(LESSON_SECOND);
    }

    @Test
    void upperBoundAllowsExactlyTheSlack() {
        assertThat(bound(LESSON_SECOND + SLACK).verdict(TOLERANCE)).isEqualTo(Bound.Verdict.WITHIN);
        assertThat(bound(LESSON_SECOND + SLACK + 1).verdict(TOLERANCE)).isEqualTo(Bound.Verdict.LATE);
        assertThat(bound(LESSON_SECOND + SLACK + 7).excessNanos(TOLERANCE)).isEqualTo(7);
        assertThat(bound(LESSON_SECOND).excessNanos(TOLERANCE)).isZero();
        assertThat(bound(LESSON_SECOND / 2).measuredSeconds()).isEqualTo(0.5);
    }

    // --- TimingJudge ---------------------------------------------------------------------------------

    @Test
    void boundsThatHoldPassOnTheFirstRunWithoutAnotherRun() {
        Runs runs = new Runs();

        TimingJudge.Result result = judge.judge(run(LESSON_SECOND + SLACK, 0), runs, TimingJudgeTests::measure);

        assertThat(result).isInstanceOfSatisfying(TimingJudge.Result.Held.class, held -> assertThat(held.attempt()).isEqualTo(1));
        assertThat(runs.taken()).isZero();
    }

    @Test
    void earlySpanFailsAtOnceEvenOnAHeavilyLoadedMachine() {
        Runs runs = new Runs(run(LESSON_SECOND, 0));

        TimingJudge.Result result = judge.judge(run(LESSON_SECOND - MS, 10_000 * MS), runs, TimingJudgeTests::measure);

        assertThat(result).isInstanceOf(TimingJudge.Result.Early.class);
        assertThat(runs.taken()).as("an early span is never measured again").isZero();
    }

    @Test
    void earlySpanOnARetryFailsAlthoughTheFirstRunWasOnlyLate() {
        Runs runs = new Runs(run(LESSON_SECOND - 1, 10_000 * MS));

        TimingJudge.Result result = judge.judge(run(LESSON_SECOND + SLACK + MS, 10_000 * MS), runs,
                TimingJudgeTests::measure);

        assertThat(result).isInstanceOf(TimingJudge.Result.Early.class);
    }

    @Test
    void lateSpanFailsAtOnceWhereLessonTimeLeavesTheLoadOut() {
        long late = LESSON_SECOND + 5 * SLACK;
        Runs runs = new Runs(run(LESSON_SECOND + MS, 0));

        TimingJudge.Result result = judge.judge(run(late, 0), runs, TimingJudgeTests::measure);

        assertThat(result).isInstanceOfSatisfying(TimingJudge.Result.Late.class,
                verdict -> assertThat(verdict.attempts()).isEqualTo(1));
        assertThat(runs.taken()).as("a late span on load-free lesson time is never measured again").isZero();
    }

    @Test
    void lateSpanThatTheMachineMayExplainIsMeasuredAgainAndPassesWhenOnTime() {
        long excess = 4 * SLACK;
        Runs runs = new Runs(run(LESSON_SECOND + MS, 0));

        TimingJudge.Result result = judge.judge(run(LESSON_SECOND + SLACK + excess, excess), runs,
                TimingJudgeTests::measure);

        assertThat(result).isInstanceOfSatisfying(TimingJudge.Result.Held.class, held -> assertThat(held.attempt()).isEqualTo(2));
        assertThat(runs.taken()).isEqualTo(TimingJudge.RETRIES);
    }

    @Test
    void lateOnEveryRunIsUnsureOnlyWhenTheControlSleeperWasComparablyLate() {
        long excess = 4 * SLACK;
        long late = LESSON_SECOND + SLACK + excess;
        long comparable = excess / 3 + MS;

        TimingJudge.Result loaded = judge.judge(run(late, comparable), new Runs(run(late, comparable)),
                TimingJudgeTests::measure);
        TimingJudge.Result slightlyLoaded = judge.judge(run(late, excess / 10), new Runs(),
                TimingJudgeTests::measure);

        assertThat(loaded).isInstanceOfSatisfying(TimingJudge.Result.Unsure.class,
                unsure -> assertThat(unsure.machineLatenessNanos()).isEqualTo(comparable));
        assertThat(slightlyLoaded).isInstanceOf(TimingJudge.Result.Late.class);
    }

    @Test
    void lateBecauseTheLoopWasStuckInLearnerCodeFailsEvenOnALoadedMachine() {
        long excess = 4 * SLACK;
        long late = LESSON_SECOND + SLACK + excess;
        ChildEvent.Stall stall = new ChildEvent.Stall(ChildEvent.Stall.Kind.BUSY, "asyncbasics.Run.doTask", "asyncbasics/Run.java:9", 0, excess, 1);
        ChildRun stuck = withStall(run(late, excess), stall);

        TimingJudge.Result result = judge.judge(stuck, new Runs(), TimingJudgeTests::measure);

        assertThat(result).isInstanceOf(TimingJudge.Result.Late.class);
    }

    @Test
    void runWithoutAMeasuredLoadIsNeverInconclusive() {
        long late = LESSON_SECOND + 100 * SLACK;
        ChildRun unmeasured = new ChildRun(scenario(), new RunEnding.Halted(1), List.of(), List.of(), Optional.empty(),
                "", LESSON_SECOND, Duration.ofNanos(late));

        TimingJudge.Result result = judge.judge(unmeasured, new Runs(), TimingJudgeTests::measure);

        assertThat(result).isInstanceOf(TimingJudge.Result.Late.class);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static Bound bound(long measuredNanos) {
        return new Bound("the span", NOMINAL, measuredNanos, LESSON_SECOND, "asyncbasics/Run.java:1");
    }

    /** Each test run carries its span as its wall time. */
    private static List<Bound> measure(ChildRun run) {
        return List.of(bound(run.wallTime().toNanos()));
    }

    private static ChildRun run(long spanNanos, long machineLatenessNanos) {
        ChildEvent.Finished finished = new ChildEvent.Finished(ChildEvent.Finished.Outcome.RETURNED, List.of(), "", "",
                "", spanNanos, 0, machineLatenessNanos, false);
        return new ChildRun(scenario(), new RunEnding.Returned(0), List.of(), List.of(), Optional.of(finished),
                "", LESSON_SECOND, Duration.ofNanos(spanNanos));
    }

    private static ChildRun withStall(ChildRun run, ChildEvent.Stall stall) {
        return new ChildRun(run.scenario(), run.ending(), run.lines(), List.of(stall), run.finished(),
                run.stderrTail(), run.lessonSecondNanos(), run.wallTime());
    }

    private static Scenario scenario() {
        return new Scenario("asyncbasics.Run", "main", Scenario.Call.MAIN, null, null);
    }

    /** The fresh runs a judge may ask for, in order; counts how many it took. */
    private static final class Runs implements Supplier<ChildRun> {
        private final Deque<ChildRun> left;
        private final AtomicInteger taken = new AtomicInteger();

        Runs(ChildRun... runs) {
            this.left = new ArrayDeque<>(List.of(runs));
        }

        @Override
        public ChildRun get() {
            taken.incrementAndGet();
            if (left.isEmpty()) {
                throw new AssertionError("the judge asked for more fresh runs than it may");
            }
            return left.poll();
        }

        int taken() {
            return taken.get();
        }
    }
}
