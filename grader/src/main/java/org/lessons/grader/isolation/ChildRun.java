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
 * @param ending how the child ended
 * @param lines the captured lines, in order
 * @param stalls every stretch the loop thread was blocked or busy in learner code
 * @param finished how the call ended, if the harness got to report it
 * @param exiting where the learner's code exited the JVM, if it did
 * @param exitCode the child's exit code, or -1 when it was killed
 * @param stderrTail the last of what the JVM itself wrote to standard error (crash reports)
 * @param lessonSecondNanos how long a lesson second lasted in this run
 * @param wallTime how long the child ran
 * @param closings every close of a kit loop, as the kit reported it (its warnings as data)
 * @param tampering why the run's channel cannot be trusted when it ended {@link Ending#TAMPERED}; otherwise empty
 */
public record ChildRun(Scenario scenario, Ending ending, List<ChildEvent.Line> lines, List<ChildEvent.Stall> stalls,
                       Optional<ChildEvent.Finished> finished, Optional<ChildEvent.Exiting> exiting, int exitCode,
                       String stderrTail, long lessonSecondNanos, Duration wallTime,
                       List<ChildEvent.LoopClosed> closings, String tampering) {

    /** How a child JVM ended. */
    public enum Ending {
        /** The harness reported the call's end and halted. */
        FINISHED,
        /** It ran past the hard limit and was killed. */
        TIMED_OUT,
        /** The JVM ended before the call finished: {@code System.exit}, {@code halt}, a crash or out of memory. */
        DIED,
        /**
         * Its grade channel carried an event the harness cannot have sent (malformed, forged or out of order): nothing
         * the run showed counts, before or after that event.
         */
        TAMPERED
    }

    public ChildRun {
        lines = List.copyOf(lines);
        stalls = List.copyOf(stalls);
        closings = List.copyOf(closings);
        tampering = tampering == null ? "" : tampering;
        if ((ending == Ending.TAMPERED) == tampering.isEmpty()) {
            throw new IllegalArgumentException("a run is tampered exactly when it says why: " + ending + ", '"
                    + tampering + "'");
        }
        if (lessonSecondNanos <= 0) {
            throw new IllegalArgumentException("a lesson second lasts more than 0 ns, got " + lessonSecondNanos);
        }
    }

    /** A run whose channel was the harness's own. */
    public ChildRun(Scenario scenario, Ending ending, List<ChildEvent.Line> lines, List<ChildEvent.Stall> stalls,
                    Optional<ChildEvent.Finished> finished, Optional<ChildEvent.Exiting> exiting, int exitCode,
                    String stderrTail, long lessonSecondNanos, Duration wallTime) {
        this(scenario, ending, lines, stalls, finished, exiting, exitCode, stderrTail, lessonSecondNanos, wallTime,
                List.of(), "");
    }

    /** Lines printed to standard output, in order. */
    public List<ChildEvent.Line> out() {
        return lines.stream().filter(line -> line.stream().equals("out")).toList();
    }

    /** Lines printed to standard error, in order. */
    public List<ChildEvent.Line> err() {
        return lines.stream().filter(line -> line.stream().equals("err")).toList();
    }

    /** Whether the learner's call returned normally, on a channel that was the harness's own. */
    public boolean returned() {
        return ending != Ending.TAMPERED && finished.map(f -> f.outcome().equals("RETURNED")).orElse(false);
    }

    /** Whether the learner's call threw, on a channel that was the harness's own. */
    public boolean threw() {
        return ending != Ending.TAMPERED && finished.map(f -> f.outcome().equals("THREW")).orElse(false);
    }

    /** Converts nanoseconds of this run into lesson seconds. */
    public double lessonSeconds(long nanos) {
        return (double) nanos / lessonSecondNanos;
    }
}
