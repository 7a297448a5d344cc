package org.lessons.grader.phases;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Sums the time a grading spends in each {@link Phase}, from any thread. Phases of tasks graded at
 * once are summed too, so their total may exceed the grading's own duration.
 */
public final class PhaseClock {

    private final Ticker ticker;
    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
    private final Map<Phase, LongAdder> counts = new EnumMap<>(Phase.class);

    public PhaseClock(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        for (Phase phase : Phase.values()) {
            nanos.put(phase, new LongAdder());
            counts.put(phase, new LongAdder());
        }
    }

    /** The ticker's current reading, for a phase measured across threads with {@link #record}. */
    public long now() {
        return ticker.read();
    }

    /** Records one pass through {@code phase} from {@code startNanos} to {@code endNanos} (ticker readings). */
    public void record(Phase phase, long startNanos, long endNanos) {
        if (endNanos < startNanos) {
            throw new IllegalArgumentException(phase + " cannot end (" + endNanos + ") before it starts (" + startNanos + ")");
        }
        nanos.get(phase).add(endNanos - startNanos);
        counts.get(phase).increment();
    }

    /** Does {@code work} and records its time as one pass through {@code phase}, also when it throws. */
    public <T> T time(Phase phase, Supplier<T> work) {
        long start = ticker.read();
        try {
            return work.get();
        } finally {
            record(phase, start, ticker.read());
        }
    }

    /** What has been recorded so far, phase by phase in the order of {@link Phase}. */
    public Map<Phase, PhaseTimes.Spent> spent() {
        Map<Phase, PhaseTimes.Spent> spent = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            spent.put(phase, new PhaseTimes.Spent(Duration.ofNanos(nanos.get(phase).sum()), counts.get(phase).intValue()));
        }
        return spent;
    }
}
