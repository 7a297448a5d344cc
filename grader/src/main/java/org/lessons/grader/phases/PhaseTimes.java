package org.lessons.grader.phases;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a grading's time went.
 *
 * @param spent the time spent in each phase, summed over the tasks graded at once, and how often
 * @param jobs how many tasks were graded at once: with more than one, phases overlap
 * @param graderCpu the CPU time of the grader's own JVM while it graded (its children not included), when
 *     the system tells
 */
public record PhaseTimes(Map<Phase, Spent> spent, int jobs, Optional<Duration> graderCpu) {

    public PhaseTimes {
        EnumMap<Phase, Spent> copy = new EnumMap<>(Phase.class);
        copy.putAll(spent);
        spent = Collections.unmodifiableMap(copy);
        if (jobs < 1) {
            throw new IllegalArgumentException("at least one task is graded at a time, not " + jobs);
        }
        Objects.requireNonNull(graderCpu, "graderCpu");
    }

    /** The time of one phase; zero when it never happened. */
    public Spent of(Phase phase) {
        return spent.getOrDefault(phase, new Spent(Duration.ZERO, 0));
    }

    /** The same figures with the phases measured since, such as the report printed after grading. */
    public PhaseTimes withSpent(Map<Phase, Spent> later) {
        return new PhaseTimes(later, jobs, graderCpu);
    }

    /**
     * Time spent in a phase.
     *
     * @param time the total time, summed over every pass
     * @param count how many passes: compilations, child JVMs, and so on
     */
    public record Spent(Duration time, int count) {
        public Spent {
            Objects.requireNonNull(time, "time");
            if (time.isNegative() || count < 0) {
                throw new IllegalArgumentException("time spent cannot be negative: " + time + " in " + count + " passes");
            }
        }
    }
}
