package org.lessons.grader.phases;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhaseClockTests {

    /** A ticker that moves only when told. */
    private final AtomicLong now = new AtomicLong(1_000);
    private final PhaseClock clock = new PhaseClock(now::get);

    @Test
    void passesThroughAPhaseAreSummedAndCounted() {
        clock.record(Phase.CHILD_START, 1_000, 5_000);
        clock.record(Phase.CHILD_START, 10_000, 12_000);

        assertThat(clock.spent().get(Phase.CHILD_START)).isEqualTo(new PhaseTimes.Spent(Duration.ofNanos(6_000), 2));
    }

    @Test
    void timedWorkIsMeasuredOnTheTicker() {
        String value = clock.time(Phase.COMPILATION, () -> {
            now.addAndGet(7_000_000);
            return "compiled";
        });

        assertThat(value).isEqualTo("compiled");
        assertThat(clock.spent().get(Phase.COMPILATION).time()).isEqualTo(Duration.ofMillis(7));
    }

    @Test
    void workThatThrowsStillCountsItsTime() {
        assertThatThrownBy(() -> clock.time(Phase.STATIC_RULES, () -> {
            now.addAndGet(3_000);
            throw new IllegalStateException("rule failed");
        })).hasMessage("rule failed");

        assertThat(clock.spent().get(Phase.STATIC_RULES)).isEqualTo(new PhaseTimes.Spent(Duration.ofNanos(3_000), 1));
    }

    @Test
    void everyPhaseIsReportedAlsoWhenItNeverHappened() {
        assertThat(clock.spent()).containsOnlyKeys(Phase.values())
                .allSatisfy((phase, spent) -> assertThat(spent).isEqualTo(new PhaseTimes.Spent(Duration.ZERO, 0)));
    }

    @Test
    void aPhaseCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> clock.record(Phase.LESSON, 5_000, 4_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }
}
