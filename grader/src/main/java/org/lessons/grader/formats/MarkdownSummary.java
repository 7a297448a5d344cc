package org.lessons.grader.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

/**
 * {@code summary.md}: the grade in Markdown for a CI job's summary ({@code $GITHUB_STEP_SUMMARY}), at most
 * {@value #MAX_BYTES} bytes (GitHub's limit for one step's summary), and the shorter release body for Classroom 50.
 * Every text that may quote the learner is escaped ({@link Escape#markdown}).
 */
final class MarkdownSummary implements ResultFile {

    /** GitHub takes at most 1 MiB of summary per step. */
    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public String path() {
        return "summary.md";
    }

    @Override
    public void write(GradedSubmission graded, CourseEnvironment environment, Path directory) throws IOException {
        ResultFile.writeAtomically(directory.resolve(path()), summary(graded));
    }

    /** The whole summary: the score table, then every check that did not pass with its feedback. */
    static String summary(GradedSubmission graded) {
        StringBuilder md = new StringBuilder(scoreTable(graded));
        List<NumberedCheck> open = notPassed(graded);
        if (!open.isEmpty()) {
            md.append("\n### What did not pass\n\n");
        }
        for (NumberedCheck numbered : open) {
            md.append(String.format(Locale.ROOT, "- %s **%s %s** (%d/%d)%n", mark(numbered.check().status()),
                    numbered.number(), Escape.markdown(numbered.title()), numbered.check().points(),
                    numbered.check().maxPoints()));
            numbered.check().feedback().ifPresent(f -> {
                md.append("  - expected: ").append(Escape.markdown(f.expected())).append('\n');
                md.append("  - measured: ").append(Escape.markdown(f.measured())).append('\n');
                if (!f.where().isEmpty()) {
                    md.append("  - where: ").append(Escape.markdown(f.where())).append('\n');
                }
                md.append("  - next: ").append(Escape.markdown(f.next())).append('\n');
            });
        }
        return fit(md.toString(), MAX_BYTES);
    }

    /** The learner's summary on Classroom 50's release: the score table and what to do next for each failure. */
    static String releaseBody(GradedSubmission graded) {
        StringBuilder md = new StringBuilder(scoreTable(graded));
        List<NumberedCheck> failed = notPassed(graded);
        if (!failed.isEmpty()) {
            md.append("\n### Next steps\n\n");
        }
        for (NumberedCheck numbered : failed) {
            md.append("- ").append(mark(numbered.check().status())).append(' ').append(numbered.number()).append(' ')
                    .append(Escape.markdown(numbered.title()));
            numbered.check().feedback().ifPresent(f -> md.append(": ").append(Escape.markdown(f.next())));
            md.append('\n');
        }
        return fit(md.toString(), MAX_BYTES);
    }

    /** The checks that did not pass, leaving out those whose verdict is withheld: the total says how many those are. */
    private static List<NumberedCheck> notPassed(GradedSubmission graded) {
        return NumberedCheck.of(graded.grade()).stream().filter(c -> !c.check().passed())
                .filter(c -> c.check().status() != CheckOutcome.Status.WITHHELD).toList();
    }

    /** The heading, the total and one row per task: only the grader's own words. */
    static String scoreTable(GradedSubmission graded) {
        Grade grade = graded.grade();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Async Basics: %d/%d%n%n", grade.score(), grade.maxScore()));
        md.append(Escape.markdown(CourseWording.total(grade))).append("\n\n");
        if (!graded.gradable()) {
            md.append("**").append(Escape.markdown(CourseWording.ungradable(grade))).append("**\n\n");
        }
        md.append("| task | points | checks passed |\n|---|---:|---:|\n");
        for (TaskGrade task : grade.tasks()) {
            long passed = task.checks().stream().filter(CheckOutcome::passed).count();
            md.append(String.format(Locale.ROOT, "| %s %s | %d/%d | %d/%d |%n", Escape.markdown(task.id()),
                    Escape.markdown(task.title()), task.score(), task.maxScore(), passed, task.checks().size()));
        }
        return md.toString();
    }

    private static String mark(CheckOutcome.Status status) {
        return switch (status) {
            case PASSED -> "✅";
            case FAILED -> "❌";
            case INCONCLUSIVE -> "⚠️ could not judge:";
            case WITHHELD -> "🔒";
        };
    }

    /**
     * {@code markdown} cut to at most {@code maxBytes} of UTF-8 at a line's end, with a line that says so: a cut never
     * splits a character or leaves a half line of Markdown.
     */
    static String fit(String markdown, int maxBytes) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return markdown;
        }
        String note = "\n_The summary was cut here to stay within " + maxBytes + " bytes; grade.json has it all._\n";
        int budget = maxBytes - note.getBytes(StandardCharsets.UTF_8).length;
        int end = 0;
        int bytesSoFar = 0;
        for (int i = 0; i < markdown.length(); ) {
            int codePoint = markdown.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytesSoFar + size > budget) {
                break;
            }
            bytesSoFar += size;
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                end = i;
            }
        }
        return markdown.substring(0, end) + note;
    }
}
