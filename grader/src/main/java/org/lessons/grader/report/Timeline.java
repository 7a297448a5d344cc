package org.lessons.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.order.Section;
import org.lessons.grader.order.TaskLine;

/**
 * An ASCII picture of a run: per section, one row per task from its start line to its done line on
 * a common time axis, so that sequential and concurrent runs look different at a glance.
 *
 * <pre>
 * Concurrent execution                     0    1    2    3 s
 *   A  |==========                |  2.00 s
 *   B  |=====                     |  1.00 s
 * </pre>
 */
public final class Timeline {

    /** Characters per lesson second on the axis. */
    private static final int COLUMNS_PER_SECOND = 5;
    private static final int MAX_COLUMNS = 60;

    private Timeline() {
    }

    /**
     * The timeline of a run, or nothing when it printed no task lines. Total: any lines in any order, at any times,
     * render without throwing; a done line before its start (or before the section's first start) is drawn at it.
     */
    public static List<String> render(ChildRun run) {
        List<String> rows = new ArrayList<>();
        for (Section section : Section.split(run.out())) {
            rows.addAll(render(section, run.lessonSecondNanos()));
        }
        return rows;
    }

    private static List<String> render(Section section, long lessonSecondNanos) {
        List<TaskLine> lines = section.taskLines();
        java.util.OptionalLong first = lines.stream().filter(l -> !l.done()).mapToLong(TaskLine::nanos).min();
        if (first.isEmpty()) {
            return List.of();
        }
        long origin = first.getAsLong();
        List<Bar> bars = new ArrayList<>();
        for (TaskLine start : lines) {
            if (start.done()) {
                continue;
            }
            Optional<TaskLine> done = lines.stream()
                    .filter(l -> l.done() && l.name().equals(start.name()) && l.nanos() >= start.nanos()).findFirst();
            double from = seconds(start.nanos(), origin, lessonSecondNanos);
            double to = Math.max(from, done.map(d -> seconds(d.nanos(), origin, lessonSecondNanos)).orElse(from));
            bars.add(new Bar(start.name(), from, to, done.isPresent()));
        }
        double end = bars.stream().mapToDouble(Bar::to).max().orElse(0);
        int width = (int) Math.max(1, Math.min(MAX_COLUMNS, Math.ceil(end * COLUMNS_PER_SECOND) + 1));
        double scale = end <= 0 ? COLUMNS_PER_SECOND : Math.min(COLUMNS_PER_SECOND, (width - 1) / end);
        List<String> rows = new ArrayList<>();
        String title = section.header().isEmpty() ? "timeline" : section.header();
        rows.add(String.format(Locale.ROOT, "%-8s%s", "", axis(width, scale)) + "   " + title + " (lesson seconds)");
        int nameWidth = bars.stream().mapToInt(b -> b.name().length()).max().orElse(1);
        for (Bar bar : bars) {
            char[] cells = " ".repeat(width).toCharArray();
            int from = column(bar.from() * scale, width);
            int to = Math.max(from, column(bar.to() * scale, width));
            for (int i = from; i <= Math.min(to, width - 1); i++) {
                cells[i] = '=';
            }
            cells[Math.min(from, width - 1)] = '[';
            if (bar.finished()) {
                cells[Math.min(to, width - 1)] = ']';
            }
            String length = bar.finished()
                    ? String.format(Locale.ROOT, "%5.2f s", bar.to() - bar.from()) : " never done";
            rows.add(String.format(Locale.ROOT, "  %-" + Math.max(5, nameWidth) + "s |%s| %s",
                    bar.name(), new String(cells), length));
        }
        return rows;
    }

    private static String axis(int width, double scale) {
        char[] cells = " ".repeat(width + 2).toCharArray();
        for (int second = 0; second * scale < width && second <= MAX_COLUMNS; second++) {
            String label = Integer.toString(second);
            int at = (int) Math.round(second * scale) + 1;
            for (int i = 0; i < label.length() && at + i < cells.length; i++) {
                cells[at + i] = label.charAt(i);
            }
        }
        return new String(cells);
    }

    /** Lesson seconds from {@code origin} to {@code nanos}: 0 or more, and finite. */
    private static double seconds(long nanos, long origin, long lessonSecondNanos) {
        double seconds = ((double) nanos - (double) origin) / Math.max(1, lessonSecondNanos);
        return Double.isFinite(seconds) && seconds > 0 ? seconds : 0;
    }

    /** The column of {@code at}, within the axis. */
    private static int column(double at, int width) {
        return (int) Math.max(0, Math.min(width - 1, Math.round(at)));
    }

    private record Bar(String name, double from, double to, boolean finished) {
    }
}
