package org.lessons.grader.harness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lessons.grader.observe.ChildEvent;

/**
 * A throwable, or a returned value, as the harness reports it: total and bounded. A learner's exception may override
 * {@code getMessage}, {@code toString}, {@code getCause} or {@code getStackTrace} to throw, chain its causes in a
 * cycle, or carry megabytes of message; its report is still that exception, at once, capped, with the learner's
 * line ({@link LearnerFrames#where(Throwable)} follows causes the same way).
 *
 * @param className the throwable's class
 * @param message its message, capped; "null" when it has none, or what its {@code getMessage} threw
 * @param where the learner's frame nearest the throw, or empty
 */
record Thrown(String className, String message, String where) {

    /** No throwable: what a call's end that threw nothing reports. */
    static final Thrown NOTHING = new Thrown("", "", "");

    static Thrown of(Throwable thrown, LearnerFrames frames) {
        return new Thrown(thrown.getClass().getName(), message(thrown), frames.where(thrown).orElse(""));
    }

    /** {@code String.valueOf(thrown.getMessage())}, capped; if {@code getMessage} throws, says so instead. */
    static String message(Throwable thrown) {
        try {
            return Bounded.text(String.valueOf(thrown.getMessage()));
        } catch (Throwable broken) {
            return "(its getMessage() threw " + broken.getClass().getName() + ")";
        }
    }

    /**
     * A returned value as strings: a collection's or an array's items (at most {@value ChildEvent#MAX_VALUE_ITEMS}),
     * or one string; each capped, and an item whose {@code toString} throws says so.
     */
    static List<String> value(Object value) {
        if (value == null) {
            return List.of();
        }
        Iterable<?> items = value instanceof Collection<?> collection ? collection
                : value instanceof Object[] array ? java.util.Arrays.asList(array) : List.of(value);
        List<String> described = new ArrayList<>();
        try {
            for (Object item : items) {
                if (described.size() == ChildEvent.MAX_VALUE_ITEMS) {
                    break;
                }
                described.add(text(item));
            }
        } catch (RuntimeException broken) {
            described.add("(its iterator threw " + broken.getClass().getName() + ")");
        }
        return described;
    }

    /** {@code String.valueOf(item)}, capped; if its {@code toString} throws, says so instead. */
    static String text(Object item) {
        try {
            return Bounded.text(String.valueOf(item));
        } catch (Throwable broken) {
            return "(its toString() threw " + broken.getClass().getName() + ")";
        }
    }
}
