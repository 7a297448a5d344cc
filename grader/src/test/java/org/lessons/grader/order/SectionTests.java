package org.lessons.grader.order;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lessons.grader.observe.ChildEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the tasks of a section began to overlap, read from its start and done lines alone. */
class SectionTests {

    @Test
    void tasksRunOneAfterAnotherDoNotOverlap() {
        Section section = section("Task A starting...", "Task A done after 2 seconds", "Task B starting...",
                "Task B done after 1 second", "Sequential total: ~3 seconds");

        assertThat(section.firstOverlap()).isEmpty();
    }

    @Test
    void aTaskThatStartsBeforeTheOneBeforeItIsDoneIsTheOverlap() {
        Section section = section("Task A starting...", "Task B starting...", "Task C starting...",
                "Task B done after 1 second", "Task A done after 2 seconds", "Task C done after 3 seconds");

        assertThat(section.firstOverlap()).hasValueSatisfying(overlap -> {
            assertThat(overlap.started().name()).isEqualTo("B");
            assertThat(overlap.running().name()).isEqualTo("A");
            assertThat(overlap.runningDone()).hasValueSatisfying(done -> assertThat(done.nanos()).isEqualTo(4));
        });
    }

    @Test
    void aTaskThatNeverFinishesLeavesTheOverlapWithoutItsDoneLine() {
        Section section = section("Task A starting...", "Task B starting...", "Task B done after 1 second");

        assertThat(section.firstOverlap()).hasValueSatisfying(overlap -> {
            assertThat(overlap.running().name()).isEqualTo("A");
            assertThat(overlap.runningDone()).isEmpty();
        });
    }

    /** A section of lines printed one lesson nanosecond apart, from 0. */
    private static Section section(String... lines) {
        return new Section("--- Sequential execution ---", IntStream.range(0, lines.length)
                .mapToObj(i -> new ChildEvent.Line(ChildEvent.Line.StandardStream.OUT, "  " + lines[i], i, "event-loop", true,
                        "Run.java:25", 1))
                .toList());
    }
}
