package org.lessons.grader.formats;

import java.util.List;
import java.util.Locale;
import org.lessons.grader.scoring.RunTimeline;

/**
 * A run's timeline as an inline SVG picture: one bar per task from its start to its done line, on a common axis of
 * lesson seconds, so that sequential tasks make a staircase and concurrent ones start together. A task that never
 * finished is a dashed bar to the end of the axis. Sections of one run share one axis, so their lengths compare.
 * Task names are the learner's output: escaped, never markup.
 */
final class SvgTimeline {

    private static final int WIDTH = 760;
    private static final int LABELS = 150;
    private static final int RIGHT = 90;
    private static final int TOP = 34;
    private static final int ROW = 26;

    private SvgTimeline() {
    }

    /** The timeline on an axis of its own length. */
    static String render(RunTimeline timeline) {
        return render(timeline, timeline.end());
    }

    /**
     * The timeline on an axis of at least {@code axisSeconds}: the sections of one run drawn on one common axis
     * show at a glance which took longer.
     */
    static String render(RunTimeline timeline, double axisSeconds) {
        List<RunTimeline.Span> spans = timeline.spans();
        double end = Math.max(1, Math.ceil(Math.max(axisSeconds, timeline.end())));
        int plot = WIDTH - LABELS - RIGHT;
        double scale = plot / end;
        int height = TOP + ROW * spans.size() + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s: when each task ran\">",
                WIDTH, height, WIDTH, height, Escape.html(timeline.title())));
        svg.append("<title>").append(Escape.html(timeline.title())).append(" (lesson seconds)</title>");
        svg.append(String.format(Locale.ROOT, "<text class=\"caption\" x=\"0\" y=\"13\">%s</text>",
                Escape.html(timeline.title())));
        double step = Math.max(1, Math.ceil(end / 12));
        for (int tick = 0; tick <= 12 && tick * step <= end; tick++) {
            double x = LABELS + tick * step * scale;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
                    x, TOP - 6, x, height - 4));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%.0f s</text>", x,
                    TOP - 10, tick * step));
        }
        for (int i = 0; i < spans.size(); i++) {
            RunTimeline.Span span = spans.get(i);
            int y = TOP + ROW * i;
            double x = LABELS + span.start() * scale;
            double width = span.finished() ? Math.max(3, span.length() * scale) : Math.max(3, LABELS + plot - x);
            String name = Escape.html(span.name());
            String length = span.finished() ? String.format(Locale.ROOT, "%.2f s", span.length()) : "never done";
            svg.append(String.format(Locale.ROOT, "<text class=\"name\" x=\"%d\" y=\"%d\">%s</text>", LABELS - 8,
                    y + 17, name));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                            + "height=\"%d\" rx=\"3\"><title>%s: %.2f s to %s</title></rect>",
                    span.finished() ? "done" : "open", x, y + 4, width, ROW - 8, name, span.start(),
                    span.finished() ? String.format(Locale.ROOT, "%.2f s", span.end()) : "never done"));
            svg.append(String.format(Locale.ROOT, "<text class=\"length\" x=\"%.1f\" y=\"%d\">%s</text>",
                    Math.min(x + width + 6, WIDTH - RIGHT + 6), y + 17, length));
        }
        return svg.append("</svg>").toString();
    }
}
