package org.lessons.grader.harness;

import java.util.Objects;
import org.lessons.grader.observe.ChildEvent.Stall.Kind;

/**
 * One blocking call that the flight recorder saw on a loop thread.
 *
 * @param kind what blocked
 * @param site the learner's line that made the call
 * @param startNanos when it began, since the harness started
 * @param durationNanos how long it blocked
 */
record BlockedCall(Kind kind, BlockingSite site, long startNanos, long durationNanos) {

    BlockedCall {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        durationNanos = Math.max(0, durationNanos);
    }
}
