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
        @JsonSubTypes.Type(value = ChildEvent.Exiting.class, name = "exiting")
})
public sealed interface ChildEvent {

    /** The harness is ready; learner code has not been loaded yet. */
    record Started(long lessonSecondNanos) implements ChildEvent {
    }

    /**
     * A line the learner's code printed.
     *
     * @param stream {@code out} or {@code err}
     * @param nanos when the line ended, since the harness started
     * @param thread the name of the printing thread
     * @param onLoop whether that thread was an event loop thread
     * @param where the learner's frame that printed it ({@code Run.java:42}), or empty
     */
    record Line(String stream, String text, long nanos, String thread, boolean onLoop, String where)
            implements ChildEvent {
    }

    /**
     * The loop thread stayed blocked or busy inside learner code.
     *
     * @param kind {@code SLEEP}, {@code WAIT} or {@code BUSY}
     * @param call the blocking call at the top of the stack ({@code java.lang.Thread.sleep}), or the learner method when busy
     * @param where the learner's frame that made it ({@code Break2.java:31})
     */
    record Stall(String kind, String call, String where, long startNanos, long durationNanos) implements ChildEvent {
    }

    /**
     * The call returned or threw.
     *
     * @param outcome {@code RETURNED} or {@code THREW}
     * @param value the returned value as strings (a list's items, or one string), empty when none
     * @param exception the thrown exception's class name, or empty
     * @param message the thrown exception's message, or empty
     * @param where the learner's frame nearest the throw, or empty
     * @param droppedLines lines printed beyond the capture cap, only counted
     * @param maxSchedulerLatenessNanos how late the harness's control sleeper woke at worst: the machine's load
     */
    record Finished(String outcome, List<String> value, String exception, String message, String where,
                    long nanos, long droppedLines, long maxSchedulerLatenessNanos) implements ChildEvent {
    }

    /**
     * The JVM is shutting down before the call finished ({@code System.exit}).
     *
     * @param where the learner's frame that called exit, or empty
     */
    record Exiting(String where, long nanos) implements ChildEvent {
    }
}
