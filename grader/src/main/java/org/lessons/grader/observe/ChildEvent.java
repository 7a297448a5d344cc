package org.lessons.grader.observe;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One event of the grade channel, from the harness in the child JVM to the grader. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChildEvent.Started.class, name = "started"),
        @JsonSubTypes.Type(value = ChildEvent.Line.class, name = "line"),
        @JsonSubTypes.Type(value = ChildEvent.Stall.class, name = "stall"),
        @JsonSubTypes.Type(value = ChildEvent.Finished.class, name = "finished"),
        @JsonSubTypes.Type(value = ChildEvent.Exiting.class, name = "exiting"),
        @JsonSubTypes.Type(value = ChildEvent.Mismatch.class, name = "mismatch"),
        @JsonSubTypes.Type(value = ChildEvent.LoopClosed.class, name = "loopClosed")
})
public sealed interface ChildEvent {

    /** The most lines the harness sends in one run; beyond it, lines are only counted ({@link Finished#droppedLines()}). */
    int MAX_LINES = 2_000;

    /** The most characters of a line's text, of an exception's message, of a returned item or of a name that the harness sends. */
    int MAX_TEXT_CHARS = 500;

    /** The most items of a returned value that the harness sends. */
    int MAX_VALUE_ITEMS = 100;

    /** The harness is ready; learner code has not been loaded yet. */
    record Started(long lessonSecondNanos) implements ChildEvent {
    }

    /**
     * A line the learner's code printed.
     *
     * @param stream the standard stream it was printed to
     * @param nanos when the line ended, since the harness started
     * @param thread the name of the printing thread
     * @param onLoop whether that thread was an event loop thread
     * @param where the learner's frame that printed it ({@code Run.java:42}), or empty
     * @param threadId the printing thread's id: a thread's lines run forward in lesson time, whatever its name
     * @param caller the learner's line that called the method that printed it ({@code Run.java:36}, where
     *               {@code sequential} calls {@code doTask}), or empty: where a line printed too early was set off
     */
    record Line(StandardStream stream, String text, long nanos, String thread, boolean onLoop, String where,
                long threadId, String caller) implements ChildEvent {

        /** A line whose caller is not known. */
        public Line(StandardStream stream, String text, long nanos, String thread, boolean onLoop, String where,
                    long threadId) {
            this(stream, text, nanos, thread, onLoop, where, threadId, "");
        }

        /** The standard stream a line was printed to. */
        public enum StandardStream {
            /** {@code System.out}. */
            OUT,
            /** {@code System.err}. */
            ERR
        }
    }

    /**
     * The loop thread was held inside learner code: blocked in a call, or busy.
     *
     * @param kind what held it
     * @param call the method the learner's code called there ({@code java.lang.Thread.sleep}), the learner method
     *     when busy, or empty when the recording names no method between the learner's line and the wait
     * @param where the learner's frame that made it ({@code Break2.java:31})
     * @param startNanos when it was first seen, since the harness started; the grader keeps one stall per start and line
     * @param durationNanos how long it held the loop, over all its calls
     * @param count how many blocking calls (or sampled stretches) that total adds up
     */
    record Stall(Kind kind, String call, String where, long startNanos, long durationNanos, int count)
            implements ChildEvent {

        /** What held the loop thread. */
        public enum Kind {
            /** Running learner code without end: a busy wait or a long computation. */
            BUSY,
            /** {@code Thread.sleep} or {@code TimeUnit.sleep}. */
            SLEEP,
            /** {@code Object.wait}, also inside {@code Thread.join}. */
            WAIT,
            /** Parked: a future's {@code join}/{@code get}, a lock, a latch, a queue. */
            PARK,
            /** Waiting to enter a {@code synchronized} block that another thread held. */
            LOCK,
            /** Reading a file or a pipe. */
            FILE_READ,
            /** Reading a socket. */
            SOCKET_READ
        }

        public Stall {
            java.util.Objects.requireNonNull(kind, "kind");
            call = call == null ? "" : call;
            where = where == null ? "" : where;
            if (durationNanos < 0 || count < 1) {
                throw new IllegalArgumentException("a stall lasts 0 ns or more, over one call or more: " + durationNanos
                        + " ns, " + count);
            }
        }
    }

    /**
     * The call ended, as the harness classifies it.
     *
     * @param outcome how it ended
     * @param value the returned value as strings (a list's items, or one string), empty when none
     * @param exception the class name of the learner's exception when it {@link Outcome#THREW} or its static
     *     initializer did ({@link Outcome#STATIC_INIT_FAILED}), or empty
     * @param message that exception's message, or empty
     * @param where the learner's frame nearest the throw, or empty
     * @param droppedLines lines printed beyond the capture cap, only counted
     * @param maxSchedulerLatenessNanos how late the harness's control sleeper woke at worst: the machine's load
     * @param blockingRecorded whether the flight recorder recorded the whole call and was read back; without it, a run
     *     shows only what the sampler saw, and cannot show that the loop was never blocked
     */
    record Finished(Outcome outcome, List<String> value, String exception, String message, String where,
                    long nanos, long droppedLines, long maxSchedulerLatenessNanos, boolean blockingRecorded)
            implements ChildEvent {

        /** How the learner's call ended. */
        public enum Outcome {
            /** It returned. */
            RETURNED,
            /** The learner's code threw. */
            THREW,
            /** The learner's class could not be initialized: a static field or block threw. */
            STATIC_INIT_FAILED,
            /** The class or a method the lesson asks for is missing or has another shape: a {@link Mismatch} says which. */
            CONTRACT_BROKEN
        }

        /** This end, saying whether the flight recorder recorded the whole call. */
        public Finished withBlockingRecorded(boolean recorded) {
            return new Finished(outcome, value, exception, message, where, nanos, droppedLines,
                    maxSchedulerLatenessNanos, recorded);
        }
    }

    /**
     * The learner's code lacks the shape the lesson asks for; sent once, just before a {@link Finished} whose outcome is
     * {@link Finished.Outcome#CONTRACT_BROKEN}.
     *
     * @param kind what is wrong
     * @param className the class: its full name when it is missing, otherwise its simple name
     * @param method the method, or empty when the class is missing
     * @param parameter the simple name of the method's parameter type ({@code List}, {@code String[]}), or empty when
     *     it takes none
     */
    record Mismatch(Kind kind, String className, String method, String parameter) implements ChildEvent {

        /** What is wrong with the learner's class or method. */
        public enum Kind {
            /** The class is not there. */
            CLASS_MISSING,
            /** The class has no method of that name and parameter. */
            METHOD_MISSING,
            /** The method is there, but not {@code static}. */
            NOT_STATIC,
            /** The method returned {@code null} where the lesson asks for a future. */
            RETURNED_NULL
        }
    }

    /**
     * The JVM is shutting down before the call finished ({@code System.exit}).
     *
     * @param where the learner's frame that called exit, or empty
     */
    record Exiting(String where, long nanos) implements ChildEvent {
    }

    /**
     * One of the kit's loops closed, as the kit reported it to the harness's observer (never read from standard error):
     * sent at every close, with zero counts when nothing was left.
     *
     * @param forgottenWaits waits nobody awaited (the kit's "never finished: nobody awaited them" warning)
     * @param firstWaitSite where the first of them was started, or empty
     * @param pendingTasks tasks still pending (the kit's "still pending when the loop closed" warning)
     * @param firstTaskSite where the first of them was created, or empty
     * @param nanos when the loop closed, since the harness started
     */
    record LoopClosed(int forgottenWaits, String firstWaitSite, int pendingTasks, String firstTaskSite, long nanos)
            implements ChildEvent {

        /** Whether the kit warned at this close. */
        public boolean warns() {
            return forgottenWaits > 0 || pendingTasks > 0;
        }
    }
}
