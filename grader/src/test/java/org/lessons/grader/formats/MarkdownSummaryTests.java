package org.lessons.grader.formats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSummaryTests {

    @Test
    void theSummaryShowsTheScoreEachTaskAndWhatDidNotPass() {
        String summary = MarkdownSummary.summary(FormatsFixture.graded());

        assertThat(summary).startsWith("## Async Basics: 3/13\n").contains("| run Run the original")
                .contains("**1.2 run: totals measured** (0/3)").contains("  - where: exercises/src/main/java/asyncbasics/Run\\.java:40")
                .contains("could not judge").doesNotContain("lines in order");
    }

    @Test
    void theLearnersTextCannotBecomeMarkupALinkOrATableCell() {
        String summary = MarkdownSummary.summary(FormatsFixture.graded());

        assertThat(summary).doesNotContain("<script>").contains("&lt;script&gt;").contains("\\[x\\]\\(http")
                .contains("\\| \\@octocat").doesNotContain("\u001b").contains("\\e\\[2J");
    }

    @Test
    void aSummaryOfFloodedFeedbackIsCutBelowOneMebibyteAtALineEnd() {
        List<CheckOutcome> checks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            checks.add(FormatsFixture.check("run", "c" + i, "check " + i, CheckOutcome.Status.FAILED, 1,
                    new Feedback("quiet", "é".repeat(40_000), "", "print less")));
        }
        Grade flooded = Grade.of("src", Duration.ZERO, 1, new Confinement(true, "sandbox"), checks, Duration.ZERO);

        String summary = MarkdownSummary.summary(new GradedSubmission(flooded, Set.of("run"),
                FormatsFixture.GRADED_AT));

        assertThat(summary.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MarkdownSummary.MAX_BYTES)
                .isGreaterThan(MarkdownSummary.MAX_BYTES - 100_000);
        assertThat(summary).endsWith("grade.json has it all._\n").doesNotContain("\ufffd");
    }

    @Test
    void theSummaryIsAppendedToTheJobSummaryWhenTheEnvironmentNamesOne(@TempDir Path directory) throws Exception {
        Path jobSummary = Files.writeString(directory.resolve("step-summary.md"), "earlier step\n");
        CourseEnvironment environment = CourseEnvironment.from(Map.of("GITHUB_STEP_SUMMARY", jobSummary.toString()),
                Optional.empty(), FormatsFixture.GRADED_AT);

        new ResultFormats().write(FormatsFixture.graded(), environment, directory.resolve("grade"));

        assertThat(Files.readString(jobSummary)).startsWith("earlier step\n## Async Basics: 3/13");
        assertThat(directory.resolve("grade/summary.md")).content().startsWith("## Async Basics: 3/13");
    }
}
