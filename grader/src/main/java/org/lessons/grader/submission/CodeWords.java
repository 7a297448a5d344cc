package org.lessons.grader.submission;

import java.util.HashSet;
import java.util.Set;

/** The words of a Java file's code, for {@link LessonCompiler}'s question whether one file names another's type. */
final class CodeWords {

    private CodeWords() {
    }

    /**
     * The words of a file's code: comments, string and character literals and text blocks left out (javac
     * looks no name up in them).
     */
    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                i = end(text.indexOf('\n', i), n);
            } else if (text.startsWith("/*", i)) {
                i = end(text.indexOf("*/", i + 2), n - 2) + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                i = endOfLiteral(text, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i + 1, String.valueOf(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                words.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return words;
    }

    private static int end(int found, int otherwise) {
        return found < 0 ? otherwise : found;
    }

    /** Where a literal that opened before {@code from} ends with {@code close}, a backslash escaping one character. */
    private static int endOfLiteral(String text, int from, String close) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(close, i)) {
                return i + close.length();
            } else {
                i++;
            }
        }
        return text.length();
    }
}
