package org.lessons.grader.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessons.grader.observe.ChildEvent;

/**
 * The lines printed under one "--- ... ---" header (or all lines, when there is none).
 *
 * @param header the header text, or empty for output without headers
 * @param lines the non-blank lines under it
 */
public record Section(String header, List<ChildEvent.Line> lines) {

    public Section {
        lines = List.copyOf(lines);
    }

    /** Splits standard output at its header lines; blank lines are dropped. */
    public static List<Section> split(List<ChildEvent.Line> out) {
        List<Section> sections = new ArrayList<>();
        String header = "";
        List<ChildEvent.Line> current = new ArrayList<>();
        for (ChildEvent.Line line : out) {
            String text = line.text().strip();
            if (text.startsWith("---") && text.endsWith("---") && text.length() > 6) {
                if (!current.isEmpty() || !header.isEmpty()) {
                    sections.add(new Section(header, current));
                }
                header = text.substring(3, text.length() - 3).strip();
                current = new ArrayList<>();
            } else if (!text.isEmpty()) {
                current.add(line);
            }
        }
        if (!current.isEmpty() || !header.isEmpty()) {
            sections.add(new Section(header, current));
        }
        return sections;
    }

    /** The section whose header starts with {@code prefix} (case-insensitive). */
    public static Optional<Section> named(List<Section> sections, String prefix) {
        return sections.stream().filter(s -> s.header.toLowerCase().startsWith(prefix.toLowerCase())).findFirst();
    }

    public List<TaskLine> taskLines() {
        return lines.stream().map(TaskLine::parse).flatMap(Optional::stream).toList();
    }

    /**
     * The first task that started while the task started before it had not printed its done line yet: in a section
     * whose tasks must run one after another, where they began to overlap.
     *
     * @return that start line and the task still running, or empty when no start overlaps
     */
    public Optional<Overlap> firstOverlap() {
        List<TaskLine> lines = taskLines();
        TaskLine running = null;
        for (TaskLine line : lines) {
            if (!line.done() && running != null) {
                String name = running.name();
                return Optional.of(new Overlap(line, running, lines.stream()
                        .filter(other -> other.done() && other.name().equals(name)).findFirst()));
            }
            if (!line.done()) {
                running = line;
            } else if (running != null && line.name().equals(running.name())) {
                running = null;
            }
        }
        return Optional.empty();
    }

    /**
     * A start that came too soon.
     *
     * @param started the start line of the task that started too soon
     * @param running the start line of the task that was still running then
     * @param runningDone that task's done line, if it printed one
     */
    public record Overlap(TaskLine started, TaskLine running, Optional<TaskLine> runningDone) {
    }

    /** The first line whose text starts with {@code prefix}, after stripping. */
    public Optional<ChildEvent.Line> lineStartingWith(String prefix) {
        return lines.stream().filter(line -> line.text().strip().startsWith(prefix)).findFirst();
    }
}
