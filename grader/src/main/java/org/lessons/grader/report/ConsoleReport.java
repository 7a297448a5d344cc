package org.lessons.grader.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

/**
 * The grade as a learner reads it in the console: per task and check, failures explained, then the total. Every text
 * that may hold what the learner's code made (feedback quoting their output or exception, timeline rows) is printed
 * through {@link Printable}, so that it cannot repaint the report.
 */
public final class ConsoleReport {

    private static final String FEEDBACK_INDENT = " ".repeat(16);

    private final PrintStream out;

    public ConsoleReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the grade.
     *
     * @param timelines the timeline rows of each task's main run, by task id
     */
    public void print(Grade grade, Map<String, List<String>> timelines) {
        out.println();
        out.println("==================== Async Basics: grade ====================");
        out.println(Printable.line(grade.confinement().headline()));
        out.println("graded: " + Printable.line(grade.submission()) + "   (one lesson second = "
                + grade.lessonSecond().toMillis() + " ms while grading)");
        out.println("seed:   " + grade.seed() + "   (the hidden task lists; repeat them with -Dgrade.seed="
                + grade.seed() + ")");
        grade.notes().forEach(out::println);
        for (TaskGrade task : grade.tasks()) {
            out.println();
            out.printf(Locale.ROOT, "%-10s %-55s %3d/%d%n", task.id(), Printable.line(task.title()), task.score(),
                    task.maxScore());
            Optional<Feedback> above = Optional.empty();
            for (CheckOutcome check : task.checks()) {
                out.printf(Locale.ROOT, "  %-6s %2d/%-2d %s%n", label(check.status()), check.points(), check.maxPoints(),
                        Printable.line(check.name()));
                if (check.feedback().isPresent() && check.feedback().equals(above)) {
                    // A stub, or a run that could not finish, fails every check of its task for one reason: say it once.
                    out.println(FEEDBACK_INDENT + "(the same as the check above)");
                } else {
                    check.feedback().ifPresent(this::printFeedback);
                }
                above = check.feedback();
            }
            List<String> timeline = timelines.getOrDefault(task.id(), List.of());
            if (!timeline.isEmpty()) {
                out.println("  timeline of the program's run:");
                timeline.forEach(row -> out.println("    " + Printable.line(row)));
            }
        }
        out.println();
        out.println("points by task:");
        for (TaskGrade task : grade.tasks()) {
            out.printf(Locale.ROOT, "  %-10s %3d/%-3d %s%n", task.id(), task.score(), task.maxScore(),
                    bar(task.score(), task.maxScore()));
        }
        out.println("--------------------------------------------------------------");
        out.printf(Locale.ROOT, "TOTAL: %d/%d%s%s   (graded in %.1f s)%n", grade.score(), grade.maxScore(),
                grade.inconclusive() > 0 ? "   (" + grade.inconclusive() + " check(s) could not be judged and earn"
                        + " nothing yet: grade again)" : "",
                grade.withheld() > 0 ? "   (" + grade.withheldPoints() + " points hidden until the grades are published)"
                        : "",
                grade.duration().toMillis() / 1000.0);
    }

    /** Each part of the feedback is one line of the report, whatever the learner's text in it holds. */
    private void printFeedback(Feedback feedback) {
        List.of("expected: " + feedback.expected(), "measured: " + feedback.measured(), "where:    " + feedback.where(),
                        "next:     " + feedback.next())
                .stream().filter(line -> !line.equals("where:    "))
                .forEach(line -> out.println(FEEDBACK_INDENT + Printable.line(line)));
    }

    private static String label(CheckOutcome.Status status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case INCONCLUSIVE -> "UNJUDGED";
            case WITHHELD -> "HIDDEN";
        };
    }

    private static String bar(int score, int max) {
        int width = 20;
        int filled = max == 0 ? 0 : Math.round((float) score * width / max);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
