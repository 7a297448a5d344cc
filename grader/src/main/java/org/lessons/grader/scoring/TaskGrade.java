package org.lessons.grader.scoring;

import java.util.List;

/**
 * One task's checks and points, and the pictures of its main run.
 *
 * @param id the task's id
 * @param title the task's title
 * @param checks its checks' outcomes, in report order
 * @param timelines the timelines of the task's first run that returned, one per section; none when it printed no
 *     task lines
 */
public record TaskGrade(String id, String title, List<CheckOutcome> checks, List<RunTimeline> timelines) {

    public TaskGrade {
        checks = List.copyOf(checks);
        timelines = List.copyOf(timelines);
    }

    /** A task's grade without timelines. */
    public TaskGrade(String id, String title, List<CheckOutcome> checks) {
        this(id, title, checks, List.of());
    }

    public int score() {
        return checks.stream().mapToInt(CheckOutcome::points).sum();
    }

    public int maxScore() {
        return checks.stream().mapToInt(CheckOutcome::maxPoints).sum();
    }
}
