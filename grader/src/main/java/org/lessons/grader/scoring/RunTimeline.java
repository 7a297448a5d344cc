package org.lessons.grader.scoring;

import java.util.List;
import java.util.Objects;

/**
 * When each task of one section of a program's run started and ended, in lesson seconds from the section's first
 * start: the model that both the ASCII rows ({@link Timeline#render(List)}) and the SVG picture are drawn from.
 *
 * @param title the section's header, or {@code timeline} for output without headers
 * @param spans one span per started task, in the order the tasks started
 */
public record RunTimeline(String title, List<Span> spans) {

    public RunTimeline {
        Objects.requireNonNull(title, "title");
        spans = List.copyOf(spans);
    }

    /** The last moment any span reaches, in lesson seconds: 0 or more. */
    public double end() {
        return spans.stream().mapToDouble(Span::end).max().orElse(0);
    }

    /**
     * One task's run.
     *
     * @param name the task's name as the program printed it (learner output: data, never markup)
     * @param start when its start line was printed, in lesson seconds, 0 or more
     * @param end when its done line was printed, or {@code start} when it never printed one
     * @param finished whether it printed a done line
     */
    public record Span(String name, double start, double end, boolean finished) {

        public Span {
            Objects.requireNonNull(name, "name");
            if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
                throw new IllegalArgumentException("a span runs forward from 0 or later, not " + start + " to " + end);
            }
        }

        /** How long it ran, in lesson seconds. */
        public double length() {
            return end - start;
        }
    }
}
