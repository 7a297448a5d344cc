package org.lessons.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.order.Section;
import org.lessons.grader.order.TaskLine;
import org.lessons.grader.scoring.RunTimeline;

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
        return render(of(run));
    }

    /** The structured timelines of a run, one per section that printed a task's start line. */
    public static List<RunTimeline> of(ChildRun run) {
        List<RunTimeline> timelines = new ArrayList<>();
        for (Section section : Section.split(run.out())) {
            of(section, run.lessonSecondNanos()).ifPresent(timelines::add);
        }
        return timelines;
    }

    /** The ASCII rows of these timelines: per timeline an axis row, then one row per task. */
    public static List<String> render(List<RunTimeline> timelines) {
        List<String> rows = new ArrayList<>();
        timelines.forEach(timeline -> rows.addAll(render(timeline)));
        return rows;
    }

    private static Optional<RunTimeline> of(Section section, long lessonSecondNanos) {
        List<TaskLine> lines = section.taskLines();
        java.util.OptionalLong first = lines.stream().filter(l -> !l.done()).mapToLong(TaskLine::nanos).min();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        long origin = first.getAsLong();
        List<RunTimeline.Span> spans = new ArrayList<>();
        for (TaskLine start : lines) {
            if (start.done()) {
                continue;
            }
            Optional<TaskLine> done = lines.stream()
                    .filter(l -> l.done() && l.name().equals(start.name()) && l.nanos() >= start.nanos()).findFirst();
            double from = seconds(start.nanos(), origin, lessonSecondNanos);
            double to = Math.max(from, done.map(d -> seconds(d.nanos(), origin, lessonSecondNanos)).orElse(from));
            spans.add(new RunTimeline.Span(start.name(), from, to, done.isPresent()));
        }
        return Optional.of(new RunTimeline(section.header().isEmpty() ? "timeline" : section.header(), spans));
    }

    private static List<String> render(RunTimeline timeline) {
        List<RunTimeline.Span> bars = timeline.spans();
        double end = timeline.end();
        int width = (int) Math.max(1, Math.min(MAX_COLUMNS, Math.ceil(end * COLUMNS_PER_SECOND) + 1));
        double scale = end <= 0 ? COLUMNS_PER_SECOND : Math.min(COLUMNS_PER_SECOND, (width - 1) / end);
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-8s%s", "", axis(width, scale)) + "   " + timeline.title()
                + " (lesson seconds)");
        int nameWidth = bars.stream().mapToInt(b -> b.name().length()).max().orElse(1);
        for (RunTimeline.Span bar : bars) {
            char[] cells = " ".repeat(width).toCharArray();
            int from = column(bar.start() * scale, width);
            int to = Math.max(from, column(bar.end() * scale, width));
            for (int i = from; i <= Math.min(to, width - 1); i++) {
                cells[i] = '=';
            }
            cells[Math.min(from, width - 1)] = '[';
            if (bar.finished()) {
                cells[Math.min(to, width - 1)] = ']';
            }
            String length = bar.finished()
                    ? String.format(Locale.ROOT, "%5.2f s", bar.length()) : " never done";
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
}
