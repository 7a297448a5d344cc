package org.lessons.grader.order;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessons.grader.observe.ChildEvent;

/**
 * A printed "Task X starting..." or "Task X done after N seconds" line.
 *
 * @param name the task's name
 * @param done whether it is the done line
 * @param line the printed line it came from
 */
public record TaskLine(String name, boolean done, ChildEvent.Line line) {

    private static final Pattern START = Pattern.compile("Task (\\S+) starting\\.\\.\\.");
    private static final Pattern DONE = Pattern.compile("Task (\\S+) done after ([0-9.]+) seconds?");

    /**
     * What a task line says, read from its text alone (an expected line's, say).
     *
     * @param name the task's name
     * @param done whether it is the done line
     */
    public record Shape(String name, boolean done) {

        public static Optional<Shape> of(String text) {
            String stripped = text.strip();
            Matcher start = START.matcher(stripped);
            if (start.matches()) {
                return Optional.of(new Shape(start.group(1), false));
            }
            Matcher done = DONE.matcher(stripped);
            return done.matches() ? Optional.of(new Shape(done.group(1), true)) : Optional.empty();
        }
    }

    public static Optional<TaskLine> parse(ChildEvent.Line line) {
        return Shape.of(line.text()).map(shape -> new TaskLine(shape.name(), shape.done(), line));
    }

    public long nanos() {
        return line.nanos();
    }
}
