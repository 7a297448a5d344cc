package org.lessons.grader.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ledger sends, read back the way the grader reads it: the grader keeps the longest stall per start and
 * line, so each learner line must end up as one stall holding the recorder's total.
 */
class StallLedgerTests {

    private static final long MS = 1_000_000L;
    private static final BlockingSite SLEEP_AT_22 = new BlockingSite("asyncbasics/Run.java:22", "java.lang.Thread.sleep");

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final StallLedger ledger = new StallLedger(new Channel(new PrintStream(sent, true, StandardCharsets.UTF_8), "T",
            new org.lessons.grader.observe.WireFormat()));

    @Test
    void theRecordersTotalReplacesWhatTheSamplerSawAtTheSameLine() {
        ledger.sampled(Kind.SLEEP, SLEEP_AT_22, 100 * MS, 25 * MS);
        ledger.sampled(Kind.SLEEP, SLEEP_AT_22, 100 * MS, 60 * MS);
        ledger.recorded(List.of(call(Kind.SLEEP, SLEEP_AT_22, 98 * MS, 62 * MS)));

        assertThat(asTheGraderKeepsThem()).containsExactly(
                new ChildEvent.Stall(Kind.SLEEP, "java.lang.Thread.sleep", "asyncbasics/Run.java:22", 100 * MS, 62 * MS, 1));
    }

    @Test
    void shortCallsAtOneLineAddUpToOneStallWithTheirCount() {
        ledger.recorded(List.of(
                call(Kind.SLEEP, SLEEP_AT_22, 10 * MS, 12 * MS),
                call(Kind.SLEEP, SLEEP_AT_22, 27 * MS, 12 * MS),
                call(Kind.SLEEP, SLEEP_AT_22, 44 * MS, 12 * MS)));

        assertThat(asTheGraderKeepsThem()).containsExactly(
                new ChildEvent.Stall(Kind.SLEEP, "java.lang.Thread.sleep", "asyncbasics/Run.java:22", 10 * MS, 36 * MS, 3));
    }

    @Test
    void separateSampledStretchesAtOneLineAddUp() {
        ledger.sampled(Kind.PARK, SLEEP_AT_22, 100 * MS, 30 * MS);
        ledger.sampled(Kind.PARK, SLEEP_AT_22, 300 * MS, 40 * MS);

        assertThat(asTheGraderKeepsThem()).singleElement().satisfies(stall -> {
            assertThat(stall.durationNanos()).isEqualTo(70 * MS);
            assertThat(stall.count()).isEqualTo(2);
            assertThat(stall.startNanos()).isEqualTo(100 * MS);
        });
    }

    @Test
    void aCallOnlyTheSamplerCouldNameIsKept() {
        BlockingSite atTheLine = new BlockingSite("asyncbasics/Run.java:22", "");
        ledger.sampled(Kind.SLEEP, SLEEP_AT_22, 100 * MS, 30 * MS);
        ledger.recorded(List.of(call(Kind.SLEEP, atTheLine, 99 * MS, 31 * MS)));

        assertThat(asTheGraderKeepsThem()).singleElement()
                .satisfies(stall -> assertThat(stall.call()).isEqualTo("java.lang.Thread.sleep"));
    }

    @Test
    void linesOnlyTheRecorderSawComeInTheOrderTheyFirstBlocked() {
        BlockingSite read = new BlockingSite("asyncbasics/Run.java:30", "java.io.FileInputStream.read");
        ledger.recorded(List.of(call(Kind.FILE_READ, read, 5 * MS, MS), call(Kind.SLEEP, SLEEP_AT_22, 9 * MS, MS)));

        assertThat(asTheGraderKeepsThem()).extracting(ChildEvent.Stall::kind).containsExactly(Kind.FILE_READ, Kind.SLEEP);
    }

    @Test
    void aBusyStretchIsSentAsItIs() {
        ledger.busy("asyncbasics.Run.doTask", "asyncbasics/Run.java:25", 7 * MS, 40 * MS);

        assertThat(asTheGraderKeepsThem()).containsExactly(
                new ChildEvent.Stall(Kind.BUSY, "asyncbasics.Run.doTask", "asyncbasics/Run.java:25", 7 * MS, 40 * MS, 1));
    }

    /** The stalls sent, merged as the grader merges them: the longest per start and line. */
    private List<ChildEvent.Stall> asTheGraderKeepsThem() {
        ObjectMapper json = new ObjectMapper();
        Map<String, ChildEvent.Stall> kept = new LinkedHashMap<>();
        sent.toString(StandardCharsets.UTF_8).lines().map(line -> line.substring(line.indexOf(' ') + 1)).forEach(line -> {
            try {
                ChildEvent.Stall stall = (ChildEvent.Stall) json.readValue(line, ChildEvent.class);
                kept.merge(stall.startNanos() + "|" + stall.where(), stall,
                        (a, b) -> a.durationNanos() >= b.durationNanos() ? a : b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return List.copyOf(kept.values());
    }

    private static BlockedCall call(Kind kind, BlockingSite site, long start, long duration) {
        return new BlockedCall(kind, site, start, duration);
    }
}
