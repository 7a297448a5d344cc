package org.lessons.grader.isolation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.lessons.grader.observe.ChildEvent;

/**
 * Decides how a child's run ended, from what the grader knows when the child is gone: the harness's events, whether the
 * child ended within its limit, its exit code and the JVM's own report on standard error. This is the one place that
 * reads that report; the wording of a failure only switches on the {@link RunEnding}.
 */
final class RunEndings {

    /**
     * What a JVM that runs out of memory writes before it ends itself: the children run with
     * {@code -XX:+ExitOnOutOfMemoryError}, which prints "Terminating due to java.lang.OutOfMemoryError: ..." and exits
     * at once, without shutdown hooks, so no harness event can say it.
     */
    static final String JVM_OUT_OF_MEMORY = "OutOfMemoryError";

    private RunEndings() {
    }

    /**
     * What the grader knows of a child that is gone.
     *
     * @param tampering why the channel cannot be trusted, if it cannot
     * @param started whether the harness reported its start (before any learner class loads)
     * @param finished the call's end, if the harness reported it
     * @param mismatch the learner's code's mismatch with the lesson's contract, if the harness reported one
     * @param exiting where the learner's code called {@code System.exit}, if it did
     * @param exitCode the child's exit code; empty when it ran past its limit and was killed
     * @param limit the run's hard limit
     * @param stderr the last of what the JVM itself wrote to standard error
     */
    record Facts(Optional<String> tampering, boolean started, Optional<ChildEvent.Finished> finished,
                 Optional<ChildEvent.Mismatch> mismatch, Optional<ChildEvent.Exiting> exiting, OptionalInt exitCode,
                 Duration limit, String stderr) {
        Facts {
            Objects.requireNonNull(tampering, "tampering");
            Objects.requireNonNull(finished, "finished");
            Objects.requireNonNull(mismatch, "mismatch");
            Objects.requireNonNull(exiting, "exiting");
            Objects.requireNonNull(exitCode, "exitCode");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(stderr, "stderr");
        }
    }

    static RunEnding of(Facts facts) {
        if (facts.tampering().isPresent()) {
            return new RunEnding.Tampered(facts.tampering().get());
        }
        if (facts.exitCode().isEmpty()) {
            return new RunEnding.TimedOut(facts.limit());
        }
        if (facts.finished().isPresent()) {
            return ofCall(facts.finished().get(), facts.mismatch());
        }
        int code = facts.exitCode().getAsInt();
        if (facts.stderr().contains(JVM_OUT_OF_MEMORY)) {
            return new RunEnding.OutOfMemory();
        }
        if (facts.exiting().isPresent()) {
            return new RunEnding.Exited(code, facts.exiting().get().where());
        }
        return facts.started() ? new RunEnding.Halted(code) : new RunEnding.HarnessFailed(code);
    }

    private static RunEnding ofCall(ChildEvent.Finished end, Optional<ChildEvent.Mismatch> mismatch) {
        RunEnding.LearnerException exception = new RunEnding.LearnerException(end.exception(), end.message(), end.where());
        return switch (end.outcome()) {
            case RETURNED -> new RunEnding.Returned(end.droppedLines());
            case THREW -> new RunEnding.Threw(exception);
            case STATIC_INIT_FAILED -> new RunEnding.StaticInitFailed(exception);
            case CONTRACT_BROKEN -> new RunEnding.ContractBroken(mismatch.orElseThrow(() -> new IllegalStateException(
                    "a broken contract without its mismatch passed the channel's invariants")));
        };
    }
}
