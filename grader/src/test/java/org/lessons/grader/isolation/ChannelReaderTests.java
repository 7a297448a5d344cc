package org.lessons.grader.isolation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.WireFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Crafted grade-channel streams: the harness's own is read as it was sent, anything it cannot send is tampering. */
class ChannelReaderTests {

    private static final String TOKEN = "0123456789abcdef01234567";
    private static final WireFormat WIRE = new WireFormat();
    private static final ChildEvent.Mismatch MISMATCH = new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.METHOD_MISSING,
            "Run", "concurrent", "List");

    private static String event(ChildEvent event) {
        return TOKEN + " " + WIRE.write(event);
    }

    private static String started() {
        return event(new ChildEvent.Started(100_000_000L));
    }

    private static String line(String text, long nanos, long threadId) {
        return event(new ChildEvent.Line(ChildEvent.Line.StandardStream.OUT, text, nanos, "t" + threadId, false, "", threadId));
    }

    private static String finished(long nanos) {
        return event(new ChildEvent.Finished(ChildEvent.Finished.Outcome.RETURNED, List.of(), "", "", "", nanos, 0, 0, false));
    }

    private static ChannelReader read(String... lines) {
        ChannelReader reader = new ChannelReader(TOKEN, () -> 0L);
        String stream = String.join("\n", lines) + "\n";
        reader.read(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
        return reader;
    }

    @Test
    void theHarnessesOwnStreamIsReadAsItWasSent() {
        ChannelReader reader = read(started(), "raw learner bytes", line("a", 5, 1), line("b", 3, 2),
                "more raw bytes" + line("c", 6, 1),
                event(new ChildEvent.Stall(ChildEvent.Stall.Kind.SLEEP, "java.lang.Thread.sleep", "Run.java:3", 1, 2, 1)),
                event(new ChildEvent.LoopClosed(1, "asyncbasics.Break1.main(Break1.java:30)", 0, "", 7)),
                event(new ChildEvent.Exiting("", 7)), finished(8));

        assertThat(reader.tampering()).isEmpty();
        assertThat(reader.lines()).extracting(ChildEvent.Line::text).containsExactly("a", "b", "c");
        assertThat(reader.mergedStalls()).hasSize(1);
        assertThat(reader.finished()).isPresent();
        assertThat(reader.closings()).singleElement().satisfies(closed -> assertThat(closed.warns()).isTrue());
        assertThat(reader.lessonSecondNanos(Duration.ofSeconds(1))).isEqualTo(100_000_000L);
    }

    @Test
    void linesWithoutTheTokenAreTheLearnersAndChangeNothing() {
        ChannelReader reader = read(started(), "{\"type\":\"finished\"}", "deadbeef " + WIRE.write(
                new ChildEvent.Finished(ChildEvent.Finished.Outcome.RETURNED, List.of(), "", "", "", 1, 0, 0, false)), finished(2));

        assertThat(reader.tampering()).isEmpty();
        assertThat(reader.finished()).hasValueSatisfying(end -> assertThat(end.nanos()).isEqualTo(2));
    }

    @Test
    void aContractMismatchIsReadWithTheBrokenCallsEnd() {
        ChannelReader reader = read(started(), event(MISMATCH), event(new ChildEvent.Finished(
                ChildEvent.Finished.Outcome.CONTRACT_BROKEN, List.of(), "", "", "", 3, 0, 0, false)));

        assertThat(reader.tampering()).isEmpty();
        assertThat(reader.mismatch()).contains(MISMATCH);
        assertThat(reader.finished()).hasValueSatisfying(end ->
                assertThat(end.outcome()).isEqualTo(ChildEvent.Finished.Outcome.CONTRACT_BROKEN));
    }

    static Stream<Arguments> tamperedStreams() {
        return Stream.of(
                Arguments.of("a line that is not JSON", List.of(started(), TOKEN + " not json"), "malformed"),
                Arguments.of("an unknown event", List.of(started(), TOKEN + " {\"type\":\"grade\",\"score\":20}"),
                        "malformed"),
                Arguments.of("a time that is not a number", List.of(started(), TOKEN
                        + " {\"type\":\"line\",\"stream\":\"out\",\"text\":\"x\",\"nanos\":NaN,\"thread\":\"t\","
                        + "\"onLoop\":false,\"where\":\"\",\"threadId\":1}"), "malformed"),
                Arguments.of("an event before the start", List.of(line("a", 1, 1), started()), "before the harness started"),
                Arguments.of("a second start", List.of(started(), started()), "second start"),
                Arguments.of("a lesson second of 0", List.of(event(new ChildEvent.Started(0))), "lesson second"),
                Arguments.of("a thread's lines running backwards", List.of(started(), line("a", 5, 1), line("b", 4, 1)),
                        "backwards"),
                Arguments.of("a line long before the run", List.of(started(),
                        line("a", ChannelInvariants.EARLIEST_NANOS - 1, 1)), "before the run"),
                Arguments.of("a line on another stream", List.of(started(), TOKEN
                        + " {\"type\":\"line\",\"stream\":\"grade\",\"text\":\"x\",\"nanos\":1,\"thread\":\"t\","
                        + "\"onLoop\":false,\"where\":\"\",\"threadId\":1}"), "malformed"),
                Arguments.of("a line longer than the harness sends", List.of(started(), line("x".repeat(600), 1, 1)),
                        "longer"),
                Arguments.of("a line after the call's end", List.of(started(), finished(5), line("late", 6, 1)),
                        "after the call's end"),
                Arguments.of("a second end", List.of(started(), finished(5), finished(6)), "after the call's end"),
                Arguments.of("an end with an unknown outcome", List.of(started(), TOKEN
                        + " {\"type\":\"finished\",\"outcome\":\"PASSED\",\"value\":[],\"exception\":\"\","
                        + "\"message\":\"\",\"where\":\"\",\"nanos\":1,\"droppedLines\":0,"
                        + "\"maxSchedulerLatenessNanos\":0,\"blockingRecorded\":false}"), "malformed"),
                Arguments.of("a broken contract without its mismatch", List.of(started(), event(
                        new ChildEvent.Finished(ChildEvent.Finished.Outcome.CONTRACT_BROKEN, List.of(), "", "", "", 1, 0,
                                0, false))), "does not match the contract mismatch"),
                Arguments.of("a mismatch before a call that returned", List.of(started(), event(MISMATCH), finished(2)),
                        "does not match the contract mismatch"),
                Arguments.of("a second mismatch", List.of(started(), event(MISMATCH), event(MISMATCH)),
                        "second contract mismatch"),
                Arguments.of("an end long before the run", List.of(started(),
                        finished(ChannelInvariants.EARLIEST_NANOS - 3)), "negative time"),
                Arguments.of("a stall ending before it starts", List.of(started(), TOKEN
                        + " {\"type\":\"stall\",\"kind\":\"SLEEP\",\"call\":\"\",\"where\":\"\",\"startNanos\":5,"
                        + "\"durationNanos\":-4,\"count\":1}"), "malformed"),
                Arguments.of("a stall long before the run", List.of(started(), event(
                        new ChildEvent.Stall(ChildEvent.Stall.Kind.BUSY, "", "", ChannelInvariants.EARLIEST_NANOS - 5, 1,
                                1))), "does not exist"),
                Arguments.of("a stall past the end of time", List.of(started(), event(
                        new ChildEvent.Stall(ChildEvent.Stall.Kind.BUSY, "", "", Long.MAX_VALUE, 1, 1))), "does not exist"),
                Arguments.of("a second exit", List.of(started(), event(new ChildEvent.Exiting("", 1)),
                        event(new ChildEvent.Exiting("", 2))), "second exit"),
                Arguments.of("a line without its fields", List.of(started(), TOKEN + " {\"type\":\"line\",\"nanos\":1}"),
                        "without all its fields"),
                Arguments.of("more lines than the harness sends", tooManyLines(), "more than 2000 lines"),
                Arguments.of("a loop's close with a negative count", List.of(started(), event(
                        new ChildEvent.LoopClosed(-1, "", 0, "", 1))), "negative"),
                Arguments.of("a loop's warning without its site", List.of(started(), event(
                        new ChildEvent.LoopClosed(2, "", 0, "", 1))), "do not match"));
    }

    private static List<String> tooManyLines() {
        List<String> lines = new ArrayList<>(List.of(started()));
        for (int i = 0; i <= ChildEvent.MAX_LINES; i++) {
            lines.add(line("line " + i, i, 1));
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedStreams")
    void aStreamTheHarnessCannotHaveSentIsTampered(String name, List<String> stream, String why) {
        ChannelReader reader = read(stream.toArray(String[]::new));

        assertThat(reader.tampering()).hasValueSatisfying(reason -> assertThat(reason).contains(why));
    }

    @Test
    void nothingAfterTheFirstBreachCounts() {
        ChannelReader reader = read(started(), line("a", 5, 1), line("b", 4, 1), line("c", 9, 1), finished(10));

        assertThat(reader.lines()).extracting(ChildEvent.Line::text).containsExactly("a");
        assertThat(reader.finished()).isEmpty();
    }

    @Test
    void linesOfDifferentThreadsMayInterleaveInTime() {
        ChannelReader reader = read(started(), line("a", 5, 1), line("b", 2, 2), line("c", 5, 1), line("d", 3, 2),
                finished(9));

        assertThat(reader.tampering()).isEmpty();
        assertThat(reader.lines()).hasSize(4);
    }

    /**
     * A thread's first reading may come a little before the harness's origin: its stamp is kept as it is, so that a
     * span from it is not shortened.
     */
    @Test
    void aLineALittleBeforeTheHarnessesOriginIsKeptAsItCame() {
        ChannelReader reader = read(started(), line("a", -4_000_000, 7), line("b", 296_000_000, 7), finished(300_000_000));

        assertThat(reader.tampering()).isEmpty();
        assertThat(reader.lines()).extracting(ChildEvent.Line::nanos).containsExactly(-4_000_000L, 296_000_000L);
    }

    @Test
    void garbageOfAnyKindNeverMakesTheReaderThrow() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            String garbage = TOKEN + " " + new String(bytes, StandardCharsets.ISO_8859_1);
            ChannelReader reader = read(started(), garbage, finished(1));

            assertThat(reader.lines()).isEmpty();
        }
        assertThat(read(Arrays.copyOf(new String[] {TOKEN + " null"}, 1)).tampering()).isPresent();
    }
}
