package org.lessons.grader.harness;

import org.lessons.grader.observe.ChildEvent;

/** Caps the learner-made text the harness sends (lines, names, messages), so that every event fits the channel. */
final class Bounded {

    private Bounded() {
    }

    /** {@code text} up to {@value ChildEvent#MAX_TEXT_CHARS} characters, then "…"; empty for {@code null}. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= ChildEvent.MAX_TEXT_CHARS) {
            return text;
        }
        int end = ChildEvent.MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
