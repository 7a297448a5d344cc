package org.lessons.grader.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.scoring.RunTimeline;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTests {

    private static final long SECOND = 100_000_000L;

    @Test
    void sequentialTasksLookLikeAStaircase() {
        List<String> rows = Timeline.render(run("Sequential execution",
                start("A", 0), done("A", 2), start("B", 2), done("B", 3)));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("Sequential execution");
        assertThat(rows.get(1).indexOf('[')).isLessThan(rows.get(2).indexOf('['));
        assertThat(rows.get(2).indexOf('[')).isEqualTo(rows.get(1).indexOf(']'));
        assertThat(rows.get(1)).endsWith(" 2.00 s");
        assertThat(rows.get(2)).endsWith(" 1.00 s");
    }

    @Test
    void theModelGivesEachTasksStartAndEndInLessonSecondsAndTheRowsAreDrawnFromIt() {
        ChildRun run = run("Concurrent execution", start("A", 1), start("B", 1), done("B", 2), done("A", 3),
                start("C", 3));

        List<RunTimeline> model = Timeline.of(run);

        assertThat(model).singleElement().satisfies(timeline -> {
            assertThat(timeline.title()).isEqualTo("Concurrent execution");
            assertThat(timeline.spans()).containsExactly(new RunTimeline.Span("A", 0, 2, true),
                    new RunTimeline.Span("B", 0, 1, true), new RunTimeline.Span("C", 2, 2, false));
            assertThat(timeline.end()).isEqualTo(2);
        });
        assertThat(Timeline.render(run)).isEqualTo(Timeline.render(model));
    }

    @Test
    void concurrentTasksStartInTheSameColumn() {
        List<String> rows = Timeline.render(run("Concurrent execution",
                start("A", 0), start("B", 0), done("B", 1), done("A", 2)));

        assertThat(rows.get(1).indexOf('[')).isEqualTo(rows.get(2).indexOf('['));
        assertThat(rows.get(1).indexOf(']')).isGreaterThan(rows.get(2).indexOf(']'));
    }

    @Test
    void aTaskThatNeverFinishedIsMarked() {
        List<String> rows = Timeline.render(run("Break", start("A", 0), start("B", 0)));

        assertThat(rows).anySatisfy(row -> assertThat(row).contains("A").endsWith("never done"));
    }

    @Test
    void outputWithoutTaskLinesHasNoTimeline() {
        assertThat(Timeline.render(run("Nothing"))).isEmpty();
    }

    @Test
    void linesOutOfOrderInTimeStillRender() {
        List<String> rows = Timeline.render(run("Forged", start("A", 3), done("A", 1), start("B", 0), done("B", 2),
                lineAt("  Task C starting...", Long.MIN_VALUE), lineAt("  Task C done after 1 second", Long.MAX_VALUE)));

        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).doesNotContain("NaN"));
        assertThat(rows.get(2)).contains("B").endsWith(" 2.00 s");
    }

    @Test
    void anyListOfLinesRendersWithoutThrowing() {
        java.util.Random random = new java.util.Random(8);
        long[] times = {Long.MIN_VALUE, -1, 0, 1, SECOND, 1L << 62, Long.MAX_VALUE};
        for (int round = 0; round < 500; round++) {
            List<ChildEvent.Line> lines = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                String name = String.valueOf((char) ('A' + random.nextInt(3)));
                String text = random.nextBoolean() ? "  Task " + name + " starting..." : "  Task " + name + " done after 1 second";
                long at = random.nextBoolean() ? times[random.nextInt(times.length)] : random.nextLong();
                lines.add(lineAt(random.nextInt(8) == 0 ? "--- S" + i + " ---" : text, at));
            }
            List<String> rows = Timeline.render(run("Random", lines.toArray(ChildEvent.Line[]::new)));

            assertThat(rows).allSatisfy(row -> assertThat(row.length()).isLessThan(200));
        }
    }

    private static ChildEvent.Line lineAt(String text, long nanos) {
        return new ChildEvent.Line(ChildEvent.Line.StandardStream.OUT, text, nanos, "event-loop", true, "", 1);
    }

    private static ChildEvent.Line start(String name, double at) {
        return line("  Task " + name + " starting...", at);
    }

    private static ChildEvent.Line done(String name, double at) {
        return line("  Task " + name + " done after 1 second", at);
    }

    private static ChildEvent.Line line(String text, double at) {
        return new ChildEvent.Line(ChildEvent.Line.StandardStream.OUT, text, Math.round(at * SECOND), "event-loop", true, "", 1);
    }

    private static ChildRun run(String header, ChildEvent.Line... lines) {
        List<ChildEvent.Line> all = new ArrayList<>();
        all.add(line("--- " + header + " ---", 0));
        all.addAll(List.of(lines));
        return new ChildRun(new Scenario("asyncbasics.Run", "main", Scenario.Call.MAIN, null, null),
                new RunEnding.Returned(0), all, List.of(), Optional.of(new ChildEvent.Finished(
                        ChildEvent.Finished.Outcome.RETURNED, List.of(), "", "", "", SECOND, 0, 0, false)), "", SECOND,
                Duration.ofSeconds(1));
    }
}
