package org.lessons.grader.report;

/**
 * Text made safe for a terminal: learner output, exception messages and class names are data, so every control
 * character (C0 and C1, DEL, and with them the escape sequences that start with ESC or CSI) is shown escaped rather
 * than sent to the terminal, and a learner's line can never move the cursor, clear the screen or repaint the report.
 * Line breaks are kept only where the report itself puts them: {@link #line(String)} escapes them too.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} for one line of a terminal: every control character escaped, {@code \n} included. */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                shown.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** How a control character is shown, or {@code null} for one that is printed as it is. */
    private static String escape(char c) {
        switch (c) {
            case '\u001b':
                return "\\e";
            case '\r':
                return "\\r";
            case '\n':
                return "\\n";
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            default:
                break;
        }
        boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
        return control ? String.format("\\u%04x", (int) c) : null;
    }
}
