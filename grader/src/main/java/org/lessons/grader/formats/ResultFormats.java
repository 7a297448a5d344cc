package org.lessons.grader.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every platform's result of one grading under one directory ({@code target/grade/} beside
 * {@code target/grade.json}): each file on its own, so that one that cannot be written costs only itself.
 */
public final class ResultFormats {

    private final List<ResultFile> files = List.of(new Classroom50Result(), new GradescopeResults(),
            new PrairieLearnResults(), new JunitReports(), new MarkdownSummary(), new HtmlReport());

    /**
     * What was written, and what was not.
     *
     * @param written the paths of the files written, relative to the directory
     * @param notWritten one line per file that was not written and should have been: which, and why
     * @param skipped one line per file for a platform this grading plainly does not run on: which, and why
     */
    public record Written(List<String> written, List<String> notWritten, List<String> skipped) {

        public Written {
            written = List.copyOf(written);
            notWritten = List.copyOf(notWritten);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Writes every format to {@code directory}, deleting what an earlier grading left there, and appends the summary
     * to the job summary when {@code environment} names one.
     */
    public Written write(GradedSubmission graded, CourseEnvironment environment, Path directory) {
        List<String> written = new ArrayList<>();
        List<String> notWritten = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            clear(directory);
        } catch (IOException e) {
            notWritten.add(directory + ": could not remove the earlier grading's files: " + e);
        }
        for (ResultFile file : files) {
            try {
                file.write(graded, environment, directory);
                written.add(file.path());
            } catch (ResultFile.NotWritten e) {
                (e.worthSaying() ? notWritten : skipped).add(file.path() + " not written: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                notWritten.add(file.path() + " could not be written: " + e);
            }
        }
        environment.stepSummary().ifPresent(summary -> {
            try {
                Files.writeString(summary, MarkdownSummary.summary(graded) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                written.add("$GITHUB_STEP_SUMMARY");
            } catch (IOException | RuntimeException e) {
                notWritten.add("$GITHUB_STEP_SUMMARY (" + summary + ") could not be appended to: " + e);
            }
        });
        return new Written(written, notWritten, skipped);
    }

    /** The GitHub annotations of the grading's most costly failures, one workflow command a line. */
    public List<String> annotations(GradedSubmission graded) {
        return GithubAnnotations.of(graded);
    }

    /**
     * Removes the files an earlier grading wrote under {@code directory}, and only those, so that none of them can
     * pass for this grading's.
     */
    public void clear(Path directory) throws IOException {
        for (String file : List.of("classroom50/result.json", "classroom50/release-body.md", "gradescope/results.json",
                "prairielearn/results.json", "summary.md", "report.html")) {
            Files.deleteIfExists(directory.resolve(file));
        }
        Path junit = directory.resolve("junit");
        if (Files.isDirectory(junit)) {
            try (var reports = Files.newDirectoryStream(junit, "TEST-*.xml")) {
                for (Path report : reports) {
                    Files.deleteIfExists(report);
                }
            }
        }
    }
}
