package org.lessons.grader.isolation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lessons.grader.observe.ChildEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** How a run ended is decided from the facts the grader has when the child is gone, once, into a typed value. */
class RunEndingsTests {

    private static final Duration LIMIT = Duration.ofSeconds(12);
    private static final String JVM_OOM = "Terminating due to java.lang.OutOfMemoryError: Java heap space\n";

    private static ChildEvent.Finished end(ChildEvent.Finished.Outcome outcome, String exception, long dropped) {
        return new ChildEvent.Finished(outcome, List.of(), exception, exception.isEmpty() ? "" : "boom",
                exception.isEmpty() ? "" : "asyncbasics/Run.java:9", 5, dropped, 0, false);
    }

    private static RunEndings.Facts facts(Optional<ChildEvent.Finished> finished, Optional<ChildEvent.Exiting> exiting,
                                          OptionalInt code, String stderr) {
        return new RunEndings.Facts(Optional.empty(), true, finished, Optional.empty(), exiting, code, LIMIT, stderr);
    }

    private static RunEnding died(int code, String stderr) {
        return RunEndings.of(facts(Optional.empty(), Optional.empty(), OptionalInt.of(code), stderr));
    }

    @Test
    void aChildThatRanOutOfMemoryIsOutOfMemoryAndOneThatHaltedIsNot() {
        assertThat(died(3, JVM_OOM)).isEqualTo(new RunEnding.OutOfMemory());
        assertThat(died(3, "")).isEqualTo(new RunEnding.Halted(3));
    }

    @Test
    void aChildKilledAtItsLimitTimedOutWhateverItReportedBefore() {
        assertThat(RunEndings.of(facts(Optional.of(end(ChildEvent.Finished.Outcome.RETURNED, "", 0)), Optional.empty(),
                OptionalInt.empty(), ""))).isEqualTo(new RunEnding.TimedOut(LIMIT));
    }

    @Test
    void aTamperedChannelOutweighsEverythingElse() {
        RunEnding ending = RunEndings.of(new RunEndings.Facts(Optional.of("a second start"), true,
                Optional.of(end(ChildEvent.Finished.Outcome.RETURNED, "", 0)), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), LIMIT, JVM_OOM));

        assertThat(ending).isEqualTo(new RunEnding.Tampered("a second start"));
    }

    @Test
    void aCallThatReturnedIsReturnedAndFloodedWhenItDroppedLines() {
        RunEnding quiet = RunEndings.of(facts(Optional.of(end(ChildEvent.Finished.Outcome.RETURNED, "", 0)),
                Optional.empty(), OptionalInt.of(0), ""));
        RunEnding flood = RunEndings.of(facts(Optional.of(end(ChildEvent.Finished.Outcome.RETURNED, "", 40)),
                Optional.empty(), OptionalInt.of(0), ""));

        assertThat(quiet).isEqualTo(new RunEnding.Returned(0));
        assertThat(((RunEnding.Returned) quiet).flooded()).isFalse();
        assertThat(((RunEnding.Returned) flood).flooded()).isTrue();
    }

    @Test
    void aLearnersExceptionKeepsItsTypeMessageAndFrame() {
        RunEnding threw = RunEndings.of(facts(Optional.of(end(ChildEvent.Finished.Outcome.THREW,
                "java.lang.IllegalStateException", 0)), Optional.empty(), OptionalInt.of(0), ""));
        RunEnding init = RunEndings.of(facts(Optional.of(end(ChildEvent.Finished.Outcome.STATIC_INIT_FAILED,
                "java.lang.NumberFormatException", 0)), Optional.empty(), OptionalInt.of(0), ""));

        RunEnding.LearnerException thrown = ((RunEnding.Threw) threw).exception();
        assertThat(thrown.is(IllegalStateException.class)).isTrue();
        assertThat(thrown.is(RuntimeException.class)).isFalse();
        assertThat(thrown.simpleName()).isEqualTo("IllegalStateException");
        assertThat(thrown.where()).isEqualTo("asyncbasics/Run.java:9");
        assertThat(init).isEqualTo(new RunEnding.StaticInitFailed(new RunEnding.LearnerException(
                "java.lang.NumberFormatException", "boom", "asyncbasics/Run.java:9")));
    }

    @Test
    void aBrokenContractCarriesItsMismatch() {
        ChildEvent.Mismatch mismatch = new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.NOT_STATIC, "Run", "main",
                "String[]");
        RunEnding ending = RunEndings.of(new RunEndings.Facts(Optional.empty(), true,
                Optional.of(end(ChildEvent.Finished.Outcome.CONTRACT_BROKEN, "", 0)), Optional.of(mismatch),
                Optional.empty(), OptionalInt.of(0), LIMIT, ""));

        assertThat(ending).isEqualTo(new RunEnding.ContractBroken(mismatch));
    }

    @Test
    void anExitWithTheLearnersFrameIsExitedAndAnEndBeforeTheHarnessStartedIsTheGradersOwn() {
        RunEnding exited = RunEndings.of(facts(Optional.empty(),
                Optional.of(new ChildEvent.Exiting("asyncbasics/Run.java:4", 3)), OptionalInt.of(7), ""));
        RunEnding notStarted = RunEndings.of(new RunEndings.Facts(Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.of(1), LIMIT, "Error: Could not create the JVM"));

        assertThat(exited).isEqualTo(new RunEnding.Exited(7, "asyncbasics/Run.java:4"));
        assertThat(notStarted).isEqualTo(new RunEnding.HarnessFailed(1));
    }
}
