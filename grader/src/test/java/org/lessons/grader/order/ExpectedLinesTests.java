package org.lessons.grader.order;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.order.ExpectedLines.Expected;

import static org.assertj.core.api.Assertions.assertThat;

/** Where printed lines first differ from the expected ones, and whether the line printed there is foreign. */
class ExpectedLinesTests {

    private static final ExpectedLines EXPECTED = new ExpectedLines(List.of(
            Expected.taskStart("A"), Expected.taskStart("B"),
            Expected.exactly("Task B error: Task B failed"), Expected.taskDone("A", "2 seconds"),
            Expected.matching("Concurrent total: ~2 seconds", "Concurrent total: ~\\d+ seconds?"),
            Expected.exactly("Results: ['A result', 'B error']")));

    @Test
    void aDebuggingLineIsForeign() {
        assertThat(mismatch("Task A starting...", "(debug: on thread event-loop)")).satisfies(mismatch -> {
            assertThat(mismatch.index()).isEqualTo(2);
            assertThat(mismatch.foreign()).isTrue();
        });
    }

    @Test
    void aLessonLineWithOtherContentIsNotForeign() {
        assertThat(mismatch("Task A starting...", "Task B starting...",
                "Task B error: java.lang.IllegalStateException: Task B failed").foreign()).isFalse();
        assertThat(mismatch("Task A starting...", "Task B starting...", "Task B error: Task B failed",
                "Task A done after 2 seconds", "Concurrent total: ~2 seconds", "Results: ['B error', 'A result']")
                .foreign()).isFalse();
    }

    @Test
    void aTaskLineInTheWrongPlaceIsNotForeign() {
        assertThat(mismatch("Task A starting...", "Task A done after 2 seconds").foreign()).isFalse();
    }

    @Test
    void theExpectedLinesHaveNoMismatch() {
        assertThat(EXPECTED.firstMismatch(lines("Task A starting...", "Task B starting...", "Task B error: Task B failed",
                "Task A done after 2 seconds", "Concurrent total: ~2 seconds", "Results: ['A result', 'B error']")))
                .isEmpty();
    }

    private static ExpectedLines.Mismatch mismatch(String... printed) {
        return EXPECTED.firstMismatch(lines(printed)).orElseThrow();
    }

    private static List<ChildEvent.Line> lines(String... texts) {
        return IntStream.range(0, texts.length).mapToObj(i -> new ChildEvent.Line(ChildEvent.Line.StandardStream.OUT,
                "  " + texts[i], i, "event-loop", true, "Fix2.java:30", 1)).toList();
    }
}
