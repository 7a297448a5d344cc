package org.lessons.grader.harness;

import java.util.HashMap;
import java.util.Map;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;

/**
 * Sends what held the loop thread over the grade channel, one stall per learner line that blocked it: the
 * sampler's stretches at one line add up. Each line's stall keeps the start it was first sent with and only grows,
 * so the grader, which keeps the longest stall per start and line, ends up with one stall per line.
 */
final class StallLedger {

    private final Channel channel;
    private final Map<String, Line> lines = new HashMap<>();

    StallLedger(Channel channel) {
        this.channel = channel;
    }

    /** A busy stretch the sampler saw: sent as it is. */
    synchronized void busy(String method, String where, long startNanos, long durationNanos) {
        channel.send(new ChildEvent.Stall(Kind.BUSY, method, where, startNanos, durationNanos, 1));
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

    /** What the sampler saw at one line. */
    private static final class Line {
        private final long firstSeenNanos;
        private Kind kind;
        private String call = "";
        private long sampledBefore;
        private long stretchStart = Long.MIN_VALUE;
        private long stretch;
        private int stretches;

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
            kind = seen;
            if (call.isEmpty()) {
                call = called;
            }
        }

        ChildEvent.Stall stall(String where) {
            return new ChildEvent.Stall(kind, call, where, firstSeenNanos, sampledBefore + stretch, stretches);
        }
    }
}
