package org.lessons.grader.isolation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lessons.grader.observe.ChildEvent;

/**
 * What the harness's events always satisfy, checked one event at a time as they arrive; an event that breaks one was
 * not sent by the harness (or not as the harness sent it), and the run is then {@link RunEnding.Tampered}.
 *
 * <p>The invariants, from the harness's code ({@code HarnessMain}, {@code OutputCapture}, {@code StallLedger},
 * {@code Channel}):
 * <ol>
 *   <li>the first event is the one {@link ChildEvent.Started}, with a lesson second above 0;</li>
 *   <li>every text field is present; a line's stream, an outcome and a kind are enums, so any other value is
 *       malformed; texts, names and messages are at most {@value ChildEvent#MAX_TEXT_CHARS} characters (plus "…"),
 *       a returned value at most
 *       {@value ChildEvent#MAX_VALUE_ITEMS} items, and a run at most {@value ChildEvent#MAX_LINES} lines;</li>
 *   <li>every lesson time is {@link #EARLIEST_NANOS} or later: the harness's clock starts at 0, and a reading of
 *       another thread falls before it only by the waits for a CPU that the clock left out meanwhile, never by as
 *       much as a run may last; and one thread's lines run forward in lesson time (each thread's clock readings never run backwards, and a thread sends a
 *       line before it reads the clock for its next);</li>
 *   <li>a stall lasts 0 ns or more, over one call or more, and ends at a time that exists ({@code start + duration}
 *       does not overflow);</li>
 *   <li>a {@link ChildEvent.Finished} comes at most once, with an outcome, counts no negative number of lines or
 *       lateness, and nothing follows it: the channel closes when it is sent;</li>
 *   <li>a {@link ChildEvent.Mismatch} comes at most once, with its kind, before the call's end, and the call's end
 *       says {@code CONTRACT_BROKEN} exactly when one came;</li>
 *   <li>an {@link ChildEvent.Exiting} comes at most once (the exit hook runs once);</li>
 *   <li>a {@link ChildEvent.LoopClosed} counts no negative number of waits or tasks, names a site exactly when it
 *       counts some, and comes at a time no earlier than the others.</li>
 * </ol>
 * Order between threads is not an invariant: threads print at once, each stamped when it prints.
 */
final class ChannelInvariants {

    private static final int MAX_SHOWN_CHARS = ChildEvent.MAX_TEXT_CHARS + 1;

    /**
     * The earliest lesson time a reading may carry, relative to the harness's origin. Clamping early readings at 0
     * instead would move a section's first line later than it was, and shorten the span a lower bound judges.
     */
    static final long EARLIEST_NANOS = -java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private final Map<Long, Long> lastNanosByThread = new HashMap<>();
    private boolean started;
    private boolean finished;
    private boolean exiting;
    private boolean mismatch;
    private int lines;

    /** Why {@code event} cannot come from the harness at this point of the stream; empty when it can. */
    Optional<String> breach(ChildEvent event) {
        if (finished) {
            return Optional.of("an event after the call's end");
        }
        if (!started && !(event instanceof ChildEvent.Started)) {
            return Optional.of("an event before the harness started");
        }
        if (event instanceof ChildEvent.Started start) {
            return started(start);
        } else if (event instanceof ChildEvent.Line line) {
            return line(line);
        } else if (event instanceof ChildEvent.Stall stall) {
            return stall(stall);
        } else if (event instanceof ChildEvent.Finished end) {
            return finished(end);
        } else if (event instanceof ChildEvent.Exiting exit) {
            return exiting(exit);
        } else if (event instanceof ChildEvent.Mismatch broken) {
            return mismatch(broken);
        } else if (event instanceof ChildEvent.LoopClosed closed) {
            return loopClosed(closed);
        }
        return Optional.of("an event of no known kind");
    }

    private Optional<String> started(ChildEvent.Started event) {
        if (started) {
            return Optional.of("a second start");
        }
        started = true;
        return event.lessonSecondNanos() > 0 ? Optional.empty()
                : Optional.of("a lesson second of " + event.lessonSecondNanos() + " ns");
    }

    private Optional<String> line(ChildEvent.Line line) {
        if (line.stream() == null || line.text() == null || line.thread() == null || line.where() == null
                || line.caller() == null) {
            return Optional.of("a line without all its fields");
        }
        if (++lines > ChildEvent.MAX_LINES) {
            return Optional.of("more than " + ChildEvent.MAX_LINES + " lines");
        }
        if (tooLong(line.text()) || tooLong(line.thread()) || tooLong(line.where()) || tooLong(line.caller())) {
            return Optional.of("a line longer than the harness sends");
        }
        if (line.nanos() < EARLIEST_NANOS) {
            return Optional.of("a line at a time before the run");
        }
        Long before = lastNanosByThread.put(line.threadId(), line.nanos());
        if (before != null && before > line.nanos()) {
            return Optional.of("a thread's lines running backwards in time (" + before + " ns, then " + line.nanos()
                    + " ns)");
        }
        return Optional.empty();
    }

    private static Optional<String> stall(ChildEvent.Stall stall) {
        if (tooLong(stall.call()) || tooLong(stall.where())) {
            return Optional.of("a stall longer than the harness sends");
        }
        if (stall.startNanos() < EARLIEST_NANOS || stall.durationNanos() < 0 || stall.startNanos() > Long.MAX_VALUE - stall.durationNanos()) {
            return Optional.of("a stall at a time that does not exist");
        }
        return Optional.empty();
    }

    private Optional<String> finished(ChildEvent.Finished end) {
        finished = true;
        if (end.outcome() == null || end.value() == null || end.exception() == null || end.message() == null
                || end.where() == null || end.value().stream().anyMatch(item -> item == null)) {
            return Optional.of("a call's end without all its fields");
        }
        if ((end.outcome() == ChildEvent.Finished.Outcome.CONTRACT_BROKEN) != mismatch) {
            return Optional.of("a call's end whose outcome does not match the contract mismatch reported before it");
        }
        if (end.nanos() < EARLIEST_NANOS || end.droppedLines() < 0 || end.maxSchedulerLatenessNanos() < 0) {
            return Optional.of("a call's end with a negative time or count");
        }
        if (end.value().size() > ChildEvent.MAX_VALUE_ITEMS || end.value().stream().anyMatch(ChannelInvariants::tooLong)
                || tooLong(end.exception()) || tooLong(end.message()) || tooLong(end.where())) {
            return Optional.of("a call's end longer than the harness sends");
        }
        return Optional.empty();
    }

    private Optional<String> exiting(ChildEvent.Exiting exit) {
        if (exiting) {
            return Optional.of("a second exit");
        }
        exiting = true;
        if (exit.where() == null || tooLong(exit.where())) {
            return Optional.of("an exit without its place");
        }
        return exit.nanos() >= EARLIEST_NANOS ? Optional.empty() : Optional.of("an exit at a time before the run");
    }

    private Optional<String> mismatch(ChildEvent.Mismatch broken) {
        if (mismatch) {
            return Optional.of("a second contract mismatch");
        }
        mismatch = true;
        if (broken.kind() == null || tooLong(broken.className()) || tooLong(broken.method())
                || tooLong(broken.parameter())) {
            return Optional.of("a contract mismatch without all its fields");
        }
        return Optional.empty();
    }

    private static Optional<String> loopClosed(ChildEvent.LoopClosed closed) {
        if (closed.forgottenWaits() < 0 || closed.pendingTasks() < 0 || closed.nanos() < EARLIEST_NANOS) {
            return Optional.of("a loop's close with a negative count or time");
        }
        if (tooLong(closed.firstWaitSite()) || tooLong(closed.firstTaskSite())
                || (closed.forgottenWaits() > 0) == closed.firstWaitSite().isEmpty()
                || (closed.pendingTasks() > 0) == closed.firstTaskSite().isEmpty()) {
            return Optional.of("a loop's close whose sites do not match its counts");
        }
        return Optional.empty();
    }

    private static boolean tooLong(String text) {
        return text == null || text.length() > MAX_SHOWN_CHARS;
    }
}
