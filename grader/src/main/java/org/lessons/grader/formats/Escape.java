package org.lessons.grader.formats;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.lessons.grader.report.Printable;

/**
 * Text that may hold what the learner's code made (feedback quoting its output, a task's name) made safe for each
 * format: it is data, so it can never become markup, a link, a workflow command or a control character.
 */
final class Escape {

    private Escape() {
    }

    /** Each line of {@code text} with its control characters shown escaped; the line breaks themselves kept. */
    static String lines(String text) {
        return text.lines().map(Printable::line).collect(Collectors.joining("\n"));
    }

    /** {@code text} for HTML element content or a quoted attribute, on one line. */
    static String html(String text) {
        return htmlLines(Printable.line(text));
    }

    /** {@code text} for HTML element content, its line breaks kept (for a {@code white-space: pre-wrap} block). */
    static String htmlLines(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : lines(text).toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * {@code text} for Markdown on one line: every ASCII punctuation character that Markdown or GitHub may read as
     * syntax is backslash-escaped, and {@code <}, {@code >} and {@code &} become entities, so no HTML, link,
     * emphasis, table cell or mention comes from it.
     */
    static String markdown(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : Printable.line(text).toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> {
                    if ("\\`*_{}[]()#+-.!|~@$".indexOf(c) >= 0) {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }

    /** At most {@code maxChars} characters of {@code text}, with a mark where it was cut; never a split surrogate. */
    static String clip(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        String mark = "\n[... cut: " + (text.length() - maxChars) + " more characters]";
        int end = Math.max(0, maxChars - mark.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + mark;
    }

    /** The UTF-8 size of {@code text}, in bytes. */
    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
