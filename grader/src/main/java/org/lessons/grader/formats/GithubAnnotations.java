package org.lessons.grader.formats;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lessons.grader.scoring.CheckOutcome;

/**
 * GitHub Actions annotations on the learner's lines: one {@code ::error} workflow command per failed check whose
 * feedback names a file and line, for the {@value #MAX} that cost the most points (GitHub shows at most 10 error
 * annotations of a step). Values are escaped by GitHub's workflow-command rules, so a learner's text can never
 * end the command or start another.
 */
public final class GithubAnnotations {

    /** GitHub shows at most 10 error annotations per step. */
    static final int MAX = 10;

    private GithubAnnotations() {
    }

    /** The workflow commands, one a line, most costly failure first. */
    public static List<String> of(GradedSubmission graded) {
        return NumberedCheck.of(graded.grade()).stream()
                .filter(c -> c.check().status() == CheckOutcome.Status.FAILED && c.sourceLine().isPresent())
                .sorted(Comparator.comparingInt((NumberedCheck c) -> -c.check().maxPoints()))
                .limit(MAX)
                .map(GithubAnnotations::command)
                .toList();
    }

    private static String command(NumberedCheck numbered) {
        NumberedCheck.SourceLine at = numbered.sourceLine().orElseThrow();
        String title = String.format(Locale.ROOT, "%s %s (0/%d)", numbered.number(), numbered.title(),
                numbered.check().maxPoints());
        return "::error file=" + property(at.file()) + ",line=" + at.line() + ",title=" + property(title) + "::"
                + data(Escape.lines(numbered.feedback()));
    }

    /** A command's message: {@code %}, CR and LF escaped, as GitHub's runner unescapes them. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, and {@code :} and {@code ,} too, which end a property. */
    static String property(String text) {
        return data(Escape.lines(text).replace("\n", " ")).replace(":", "%3A").replace(",", "%2C");
    }
}
