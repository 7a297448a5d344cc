package org.lessons.grader.isolation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;

/**
 * Everything one child JVM run observed.
 *
 * @param scenario what was run
 * @param ending how the run ended, decided where the facts are known ({@link RunEndings})
 * @param lines the captured lines, in order
 * @param stalls every stretch the loop thread was blocked or busy in learner code
 * @param finished the call's end as the harness reported it (its time, value and recording), present exactly when the
 *     ending is one of the call's own: returned, threw, static initializer failed, contract broken
 * @param stderrTail the last of what the JVM itself wrote to standard error: for diagnosing the grader, never for
 *     the learner's feedback (the ending already says what it means)
 * @param lessonSecondNanos how long a lesson second lasted in this run
 * @param wallTime how long the child ran
 * @param closings every close of a kit loop, as the kit reported it (its warnings as data)
 */
public record ChildRun(Scenario scenario, RunEnding ending, List<ChildEvent.Line> lines, List<ChildEvent.Stall> stalls,
                       Optional<ChildEvent.Finished> finished, String stderrTail, long lessonSecondNanos,
                       Duration wallTime, List<ChildEvent.LoopClosed> closings) {

    public ChildRun {
        java.util.Objects.requireNonNull(ending, "ending");
        lines = List.copyOf(lines);
        stalls = List.copyOf(stalls);
        closings = List.copyOf(closings);
        stderrTail = stderrTail == null ? "" : stderrTail;
        if (endedTheCall(ending) != finished.isPresent()) {
            throw new IllegalArgumentException("a run has the call's end exactly when it ended by the call: " + ending
                    + ", " + finished);
        }
        if (lessonSecondNanos <= 0) {
            throw new IllegalArgumentException("a lesson second lasts more than 0 ns, got " + lessonSecondNanos);
        }
    }

    /** A run without a close of a kit loop. */
    public ChildRun(Scenario scenario, RunEnding ending, List<ChildEvent.Line> lines, List<ChildEvent.Stall> stalls,
                    Optional<ChildEvent.Finished> finished, String stderrTail, long lessonSecondNanos, Duration wallTime) {
        this(scenario, ending, lines, stalls, finished, stderrTail, lessonSecondNanos, wallTime, List.of());
    }

    /** Whether {@code ending} is one of the call's own, which the harness reported with the call's end. */
    static boolean endedTheCall(RunEnding ending) {
        return ending instanceof RunEnding.Returned || ending instanceof RunEnding.Threw
                || ending instanceof RunEnding.StaticInitFailed || ending instanceof RunEnding.ContractBroken;
    }

    /** Lines printed to standard output, in order. */
    public List<ChildEvent.Line> out() {
        return lines.stream().filter(line -> line.stream() == ChildEvent.Line.StandardStream.OUT).toList();
    }

    /** Lines printed to standard error, in order. */
    public List<ChildEvent.Line> err() {
        return lines.stream().filter(line -> line.stream() == ChildEvent.Line.StandardStream.ERR).toList();
    }

    /** Whether the learner's call returned normally, on a channel that was the harness's own. */
    public boolean returned() {
        return ending instanceof RunEnding.Returned;
    }

    /** The learner's exception, if their code threw it out of the call, on a channel that was the harness's own. */
    public Optional<RunEnding.LearnerException> thrown() {
        return ending instanceof RunEnding.Threw threw ? Optional.of(threw.exception()) : Optional.empty();
    }

    /** Whether the run went past its hard limit and was killed. */
    public boolean timedOut() {
        return ending instanceof RunEnding.TimedOut;
    }

    /** Converts nanoseconds of this run into lesson seconds. */
    public double lessonSeconds(long nanos) {
        return (double) nanos / lessonSecondNanos;
    }
}
