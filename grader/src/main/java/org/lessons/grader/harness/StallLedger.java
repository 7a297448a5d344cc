package org.lessons.grader.harness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;

/**
 * Sends what held the loop thread over the grade channel, one stall per learner line that blocked it. Two
 * observers feed it: the sampler, while a blocking call is still going on (so that a run killed at its time
 * limit still says where it hung), and the flight recorder, with the exact total of every call once the run has
 * ended. Each line's stall keeps the start it was first sent with and only grows, so the grader, which keeps the
 * longest stall per start and line, ends up with one stall per line: the recorder's total.
 */
final class StallLedger {

    private final Channel channel;
    private final Map<String, Line> lines = new HashMap<>();

    StallLedger(Channel channel) {
        this.channel = channel;
    }

    /** A busy stretch the sampler saw: sent as it is. */
    synchronized void busy(String method, String where, long startNanos, long durationNanos) {
        channel.send(new ChildEvent.Stall(Kind.BUSY, Bounded.text(method), Bounded.text(where), Math.max(0, startNanos),
                durationNanos, 1));
    }

    /**
     * A blocked stretch the sampler saw, maybe still going on; called again for the same stretch as it grows.
     *
     * @param stretchStartNanos when the sampler first saw this stretch: it tells a stretch from the next at the
     *     same line
     */
    synchronized void sampled(Kind kind, BlockingSite site, long stretchStartNanos, long durationNanos) {
        Line line = lines.computeIfAbsent(site.where(), where -> new Line(stretchStartNanos));
        line.sample(kind, site.call(), stretchStartNanos, durationNanos);
        channel.send(line.stall(site.where()));
    }

    /** Every blocking call the flight recorder saw on the loop threads, sent as one total per line. */
    synchronized void recorded(List<BlockedCall> calls) {
        Map<String, Line> recorded = new HashMap<>();
        for (BlockedCall call : calls) {
            Line line = lines.computeIfAbsent(call.site().where(), where -> new Line(call.startNanos()));
            line.record(call);
            recorded.put(call.site().where(), line);
        }
        recorded.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingLong(line -> line.firstSeenNanos)))
                .forEach(entry -> channel.send(entry.getValue().stall(entry.getKey())));
    }

    /** What is known of one line: what the sampler saw there, and what the recorder counted. */
    private static final class Line {
        private final long firstSeenNanos;
        private Kind kind;
        private String call = "";
        private long sampledBefore;
        private long stretchStart = Long.MIN_VALUE;
        private long stretch;
        private int stretches;
        private final Map<Kind, Long> recordedByKind = new HashMap<>();
        private long recorded;
        private int recordedCalls;

        Line(long firstSeenNanos) {
            this.firstSeenNanos = firstSeenNanos;
        }

        void sample(Kind seen, String called, long start, long duration) {
            if (start != stretchStart) {
                sampledBefore += stretch;
                stretchStart = start;
                stretches++;
            }
            stretch = duration;
            if (recordedCalls == 0) {
                kind = seen;
            }
            if (call.isEmpty()) {
                call = called;
            }
        }

        void record(BlockedCall blocked) {
            recorded += blocked.durationNanos();
            recordedCalls++;
            recordedByKind.merge(blocked.kind(), blocked.durationNanos(), Long::sum);
            kind = recordedByKind.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (!blocked.site().call().isEmpty() && (call.isEmpty() || recordedCalls == 1)) {
                call = blocked.site().call();
            }
        }

        ChildEvent.Stall stall(String where) {
            long sampled = sampledBefore + stretch;
            return recordedCalls == 0
                    ? new ChildEvent.Stall(kind, Bounded.text(call), Bounded.text(where), Math.max(0, firstSeenNanos), sampled,
                            stretches)
                    : new ChildEvent.Stall(kind, Bounded.text(call), Bounded.text(where), Math.max(0, firstSeenNanos),
                            Math.max(recorded, sampled), recordedCalls);
        }
    }
}
