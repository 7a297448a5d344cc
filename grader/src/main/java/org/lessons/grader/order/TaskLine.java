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

    public static Optional<TaskLine> parse(ChildEvent.Line line) {
        String text = line.text().strip();
        Matcher start = START.matcher(text);
        if (start.matches()) {
            return Optional.of(new TaskLine(start.group(1), false, line));
        }
        Matcher done = DONE.matcher(text);
        return done.matches() ? Optional.of(new TaskLine(done.group(1), true, line)) : Optional.empty();
    }

    public long nanos() {
        return line.nanos();
    }
}
