package org.lessons.kit;

/**
 * What a loop left behind when it closed, as the kit reports it to a {@link LoopObserver}: reported at every close,
 * with zero counts when nothing was left, so that "nothing pending" is something a loop said, not something nobody saw.
 *
 * @param forgottenWaits waits that never finished because nobody awaited them (asyncio's "never awaited")
 * @param firstWaitSite where the first of those was started, or empty
 * @param pendingTasks tasks still pending when the loop closed
 * @param firstTaskSite where the first of those was created, or empty
 */
public record LoopClosing(int forgottenWaits, String firstWaitSite, int pendingTasks, String firstTaskSite) {

    public LoopClosing {
        if (forgottenWaits < 0 || pendingTasks < 0) {
            throw new IllegalArgumentException("counts are 0 or more: " + forgottenWaits + ", " + pendingTasks);
        }
        firstWaitSite = firstWaitSite == null ? "" : firstWaitSite;
        firstTaskSite = firstTaskSite == null ? "" : firstTaskSite;
    }

    /** What a loop left: its forgotten waits and its pending tasks. */
    static LoopClosing of(java.util.List<Wait> forgotten, java.util.List<LoopTask<?>> pending) {
        return new LoopClosing(forgotten.size(), forgotten.isEmpty() ? "" : forgotten.get(0).site().toString(),
                pending.size(), pending.isEmpty() ? "" : pending.get(0).site().toString());
    }

    /** The warnings the kit prints on standard error for this close, each starting with the kit's prefix. */
    java.util.List<String> warnings() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (forgottenWaits > 0) {
            lines.add(EventLoop.WARNING_PREFIX + " " + forgottenWaits + " wait(s) never finished: nobody awaited them"
                    + " before the loop closed (first started at " + firstWaitSite + ")."
                    + " Compose every future you start, as you would await every coroutine.");
        }
        if (pendingTasks > 0) {
            lines.add(EventLoop.WARNING_PREFIX + " " + pendingTasks + " task(s) were still pending when the loop"
                    + " closed (first created at " + firstTaskSite + ").");
        }
        return lines;
    }

    /** Whether the kit warned on standard error at this close. */
    public boolean warns() {
        return forgottenWaits > 0 || pendingTasks > 0;
    }
}
