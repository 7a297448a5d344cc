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

    /** The timeline of a run, or nothing when it printed no task lines. */
    public static List<String> render(ChildRun run) {
        List<String> rows = new ArrayList<>();
        for (Section section : Section.split(run.out())) {
            rows.addAll(render(section, run.lessonSecondNanos()));
        }
        return rows;
    }

    private static List<String> render(Section section, long lessonSecondNanos) {
        List<TaskLine> lines = section.taskLines();
        Optional<TaskLine> first = lines.stream().filter(l -> !l.done()).findFirst();
        if (first.isEmpty()) {
            return List.of();
        }
        long origin = first.get().nanos();
        List<Bar> bars = new ArrayList<>();
        for (TaskLine start : lines) {
            if (start.done()) {
                continue;
            }
            Optional<TaskLine> done = lines.stream()
                    .filter(l -> l.done() && l.name().equals(start.name()) && l.nanos() >= start.nanos()).findFirst();
            double from = seconds(start.nanos() - origin, lessonSecondNanos);
            double to = done.map(d -> seconds(d.nanos() - origin, lessonSecondNanos)).orElse(from);
            bars.add(new Bar(start.name(), from, to, done.isPresent()));
        }
        double end = bars.stream().mapToDouble(Bar::to).max().orElse(0);
        int width = Math.max(1, Math.min(MAX_COLUMNS, (int) Math.ceil(end * COLUMNS_PER_SECOND) + 1));
        double scale = end <= 0 ? COLUMNS_PER_SECOND : Math.min(COLUMNS_PER_SECOND, (width - 1) / end);
        List<String> rows = new ArrayList<>();
        String title = section.header().isEmpty() ? "timeline" : section.header();
        rows.add(String.format(Locale.ROOT, "%-8s%s", "", axis(width, scale)) + "   " + title + " (lesson seconds)");
        int nameWidth = bars.stream().mapToInt(b -> b.name().length()).max().orElse(1);
        for (Bar bar : bars) {
            char[] cells = " ".repeat(width).toCharArray();
            int from = (int) Math.round(bar.from() * scale);
            int to = Math.max(from, (int) Math.round(bar.to() * scale));
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

    private static double seconds(long nanos, long lessonSecondNanos) {
        return (double) nanos / lessonSecondNanos;
    }

    private record Bar(String name, double from, double to, boolean finished) {
    }
}
