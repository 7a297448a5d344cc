package org.lessons.grader.isolation;

import java.time.Duration;
import java.util.Objects;
import org.lessons.grader.observe.ChildEvent;

/**
 * How a child JVM's run ended, decided once where the facts are known (the harness's events and the child's exit, see
 * {@link RunEndings}): the wording of a failure switches on this type and never reads the child's standard error.
 */
public sealed interface RunEnding {

    /**
     * The learner's call returned.
     *
     * @param droppedLines lines printed beyond the capture cap, only counted: above 0, what the run printed cannot be
     *     judged (an output flood)
     */
    record Returned(long droppedLines) implements RunEnding {
        public Returned {
            if (droppedLines < 0) {
                throw new IllegalArgumentException("a run drops 0 lines or more, not " + droppedLines);
            }
        }

        /** Whether the run printed more lines than the grader keeps. */
        public boolean flooded() {
            return droppedLines > 0;
        }
    }

    /** The learner's code threw {@code exception} out of the call. */
    record Threw(LearnerException exception) implements RunEnding {
        public Threw {
            Objects.requireNonNull(exception, "exception");
        }
    }

    /** The learner's class could not be initialized: its static initializer threw {@code exception}. */
    record StaticInitFailed(LearnerException exception) implements RunEnding {
        public StaticInitFailed {
            Objects.requireNonNull(exception, "exception");
        }
    }

    /** The learner's class or method lacks the shape the lesson asks for. */
    record ContractBroken(ChildEvent.Mismatch mismatch) implements RunEnding {
        public ContractBroken {
            Objects.requireNonNull(mismatch, "mismatch");
        }
    }

    /**
     * The learner's code ended the JVM with {@code System.exit(code)} before the call finished.
     *
     * @param where the learner's frame that called exit, or empty
     */
    record Exited(int code, String where) implements RunEnding {
        public Exited {
            Objects.requireNonNull(where, "where");
        }
    }

    /** The JVM stopped abruptly with {@code code} while the learner's code ran: {@code Runtime.halt} or a crash. */
    record Halted(int code) implements RunEnding {
    }

    /** The JVM ran out of memory (its heap, or threads) and ended itself. */
    record OutOfMemory() implements RunEnding {
    }

    /** The run went past its hard limit and was killed. */
    record TimedOut(Duration limit) implements RunEnding {
        public TimedOut {
            Objects.requireNonNull(limit, "limit");
        }
    }

    /**
     * The JVM ended with {@code code} before the harness started, so before any learner code ran: the grader's own
     * failure (a child JVM that cannot start), never the learner's.
     */
    record HarnessFailed(int code) implements RunEnding {
    }

    /**
     * The run's grade channel carried an event the harness cannot have sent (malformed, forged or out of order):
     * nothing the run showed counts, before or after that event.
     *
     * @param why what the channel carried
     */
    record Tampered(String why) implements RunEnding {
        public Tampered {
            if (why == null || why.isEmpty()) {
                throw new IllegalArgumentException("a tampered run says why");
            }
        }
    }

    /**
     * An exception thrown by the learner's code, as the harness reported it.
     *
     * @param className its class's name ({@code java.lang.IllegalStateException}, {@code asyncbasics.Run$1})
     * @param message its message, capped by the harness
     * @param where the learner's frame nearest the throw, or empty
     */
    record LearnerException(String className, String message, String where) {
        public LearnerException {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(where, "where");
        }

        /** The class's name without its package: {@code IllegalStateException}, {@code Run$1}. */
        public String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        /** Whether it is exactly of {@code type}. */
        public boolean is(Class<? extends Throwable> type) {
            return className.equals(type.getName());
        }
    }
}
