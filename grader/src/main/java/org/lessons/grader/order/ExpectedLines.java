package org.lessons.grader.order;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lessons.grader.observe.ChildEvent;

/** The lines a section must print, in order; a line is matched exactly or, for totals, by a pattern. */
public record ExpectedLines(List<Expected> lines) {

    /**
     * One expected line.
     *
     * @param shown how the line is shown to the learner
     * @param pattern what matches it, after stripping surrounding spaces
     */
    public record Expected(String shown, Pattern pattern) {
        public static Expected exactly(String text) {
            return new Expected(text, Pattern.compile(Pattern.quote(text)));
        }

        public static Expected matching(String shown, String regex) {
            return new Expected(shown, Pattern.compile(regex));
        }

        /** {@code Task A starting...} */
        public static Expected taskStart(String name) {
            return exactly("Task " + name + " starting...");
        }

        /** {@code Task A done after 2 seconds}, with the seconds as words. */
        public static Expected taskDone(String name, String seconds) {
            return exactly("Task " + name + " done after " + seconds);
        }
    }

    /**
     * The first place where the printed lines differ.
     *
     * @param index the position in the section, from 1
     * @param expected the line wanted there, or empty when the section should have ended
     * @param printed the line printed there, or empty when output stopped early
     * @param foreign whether the printed line is none of the section's kinds of line at all (a debugging line, say),
     *                rather than one of them in the wrong place or with other content: it is no task line, and it
     *                starts as no expected line starts (up to its first colon, or its first word)
     */
    public record Mismatch(int index, Optional<Expected> expected, Optional<ChildEvent.Line> printed, boolean foreign) {
    }

    public ExpectedLines {
        lines = List.copyOf(lines);
    }

    /** What a line of this kind starts with: up to its first colon ({@code Results:}), or its first word. */
    private static String kind(String shown) {
        int colon = shown.indexOf(':');
        int space = shown.indexOf(' ');
        return colon >= 0 ? shown.substring(0, colon + 1) : space > 0 ? shown.substring(0, space) : shown;
    }

    public Optional<Mismatch> firstMismatch(List<ChildEvent.Line> printed) {
        for (int i = 0; i < Math.max(lines.size(), printed.size()); i++) {
            Optional<Expected> want = i < lines.size() ? Optional.of(lines.get(i)) : Optional.empty();
            Optional<ChildEvent.Line> got = i < printed.size() ? Optional.of(printed.get(i)) : Optional.empty();
            boolean matches = want.isPresent() && got.isPresent()
                    && want.get().pattern().matcher(got.get().text().strip()).matches();
            if (!matches) {
                boolean foreign = got.isPresent() && TaskLine.parse(got.get()).isEmpty() && lines.stream()
                        .noneMatch(line -> got.get().text().strip().startsWith(kind(line.shown())));
                return Optional.of(new Mismatch(i + 1, want, got, foreign));
            }
        }
        return Optional.empty();
    }
}
