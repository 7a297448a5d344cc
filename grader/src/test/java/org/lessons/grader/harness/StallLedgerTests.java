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
 * line, so each learner line must end up as one stall.
 */
class StallLedgerTests {

    private static final long MS = 1_000_000L;
    private static final BlockingSite SLEEP_AT_22 = new BlockingSite("asyncbasics/Run.java:22", "java.lang.Thread.sleep");

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final StallLedger ledger = new StallLedger(new Channel(new PrintStream(sent, true, StandardCharsets.UTF_8), "T"));

    @Test
    void aStretchThatGrowsIsKeptOnceAtItsLatestLength() {
        ledger.sampled(Kind.SLEEP, SLEEP_AT_22, 100 * MS, 25 * MS);
        ledger.sampled(Kind.SLEEP, SLEEP_AT_22, 100 * MS, 60 * MS);

        assertThat(asTheGraderKeepsThem()).containsExactly(
                new ChildEvent.Stall(Kind.SLEEP, "java.lang.Thread.sleep", "asyncbasics/Run.java:22", 100 * MS, 60 * MS, 1));
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
}
