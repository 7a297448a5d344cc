package org.lessons.grader.scoring;

import java.util.List;

/** One task's checks and points. */
public record TaskGrade(String id, String title, List<CheckOutcome> checks) {

    public TaskGrade {
        checks = List.copyOf(checks);
    }

    public int score() {
        return checks.stream().mapToInt(CheckOutcome::points).sum();
    }

    public int maxScore() {
        return checks.stream().mapToInt(CheckOutcome::maxPoints).sum();
    }
}
