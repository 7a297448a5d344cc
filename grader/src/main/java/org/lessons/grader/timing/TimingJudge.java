package org.lessons.grader.timing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lessons.grader.isolation.ChildRun;

/**
 * Judges timing bounds on lesson time: an early span fails (lower bounds are exact), a late one fails too, because
 * lesson time leaves the machine's load out. Only where the clock could not leave load out (it reports the machine's
 * lateness then) and the machine was as late as the span, the span is measured again in a fresh run; late again on
 * such a machine, it is unsure: it earns nothing and the learner is told to grade again. A loop seen stuck in
 * learner code for as long as the span was late explains the lateness better than load does.
 */
public final class TimingJudge {

    /** How many fresh runs a span that may be the machine's doing gets after the first. */
    public static final int RETRIES = 1;

    /** A late span is put down to load when the machine's own worst wake-up lateness, times this, covers it. */
    private static final int LOAD_FACTOR = 3;

    private final Tolerance tolerance;

    public TimingJudge(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    public Tolerance tolerance() {
        return tolerance;
    }

    /** The outcome of judging a set of bounds. */
    public sealed interface Result {
        /** Every bound held, on the given try (1 = the first run). */
        record Held(List<Bound> bounds, int attempt) implements Result {
        }

        /** A span ended before its lower bound. */
        record Early(Bound bound) implements Result {
        }

        /** A span ended late on every try, on a machine quiet enough for that to count. */
        record Late(Bound bound, int attempts) implements Result {
        }

        /** Late on every try, but the machine was as late: no verdict. */
        record Unsure(Bound bound, int attempts, long machineLatenessNanos) implements Result {
        }
    }

    public Result judge(ChildRun first, Supplier<ChildRun> fresh, Function<ChildRun, List<Bound>> measure) {
        ChildRun run = first;
        for (int attempt = 1; ; attempt++) {
            List<Bound> bounds = measure.apply(run);
            Optional<Bound> early = bounds.stream().filter(b -> b.verdict(tolerance) == Bound.Verdict.EARLY).findFirst();
            if (early.isPresent()) {
                return new Result.Early(early.get());
            }
            Optional<Bound> late = bounds.stream().filter(b -> b.verdict(tolerance) == Bound.Verdict.LATE).findFirst();
            if (late.isEmpty()) {
                return new Result.Held(bounds, attempt);
            }
            long machine = run.finished().map(f -> f.maxSchedulerLatenessNanos()).orElse(0L);
            long stalled = run.stalls().stream().mapToLong(stall -> stall.durationNanos()).sum();
            long excess = late.get().excessNanos(tolerance);
            if (stalled >= excess || machine * LOAD_FACTOR < excess) {
                return new Result.Late(late.get(), attempt);
            }
            if (attempt > RETRIES) {
                return new Result.Unsure(late.get(), attempt, machine);
            }
            run = fresh.get();
        }
    }
}
