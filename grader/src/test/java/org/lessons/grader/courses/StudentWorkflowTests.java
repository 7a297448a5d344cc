package org.lessons.grader.courses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lessons.grader.checks.GradingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The student repositories' workflow, {@code template/.github/workflows/grade.yml}, read line by line (no YAML parser
 * is on the classpath): the block structure GitHub parses, and the steps the official grade depends on.
 */
class StudentWorkflowTests {

    /** A mapping key, a list item, or a list item that opens a mapping, with its value on the same line or none. */
    private static final Pattern STRUCTURE = Pattern.compile("( *)(- )?([A-Za-z_][\\w.-]*: ?.*|- .*|\"[^\"]*\")");
    /** A key whose value is a literal block: the lines below it, indented deeper, are text. */
    private static final Pattern BLOCK = Pattern.compile(" *(- )?[\\w.-]+: [|>][-+]?");

    private static List<String> workflow() throws Exception {
        return Files.readAllLines(GradingFixture.root().resolve("template/.github/workflows/grade.yml"));
    }

    @Test
    void everyLineIsAKeyAListItemACommentOrPartOfABlock() throws Exception {
        int blockIndent = -1;
        for (String line : workflow()) {
            assertThat(line).as("tabs are not YAML indentation").doesNotContain("\t");
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = -1;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            assertThat(indent % 2).as("indentation of '%s'", line).isZero();
            assertThat(STRUCTURE.matcher(line).matches()).as("a YAML key or list item: '%s'", line).isTrue();
            if (BLOCK.matcher(line).matches()) {
                blockIndent = indent + (line.stripLeading().startsWith("- ") ? 2 : 0);
            }
        }
    }

    @Test
    void itGradesEveryPushWithThePinnedInstructorsGrader() throws Exception {
        String text = String.join("\n", workflow());

        assertThat(text).containsPattern("(?m)^on:\\n  push:")
                .contains("repository: ${{ vars.GRADER_REPOSITORY }}").contains("ref: ${{ vars.GRADER_REF }}")
                .contains("path: .official-grader")
                .contains("run: bash .official-grader/scripts/grade-official.sh .official-grader . ");
        assertThat(GradingFixture.root().resolve("scripts/grade-official.sh")).isRegularFile();
    }

    @Test
    void itWithholdsTheVerdictsHiddenUntilTheGradesArePublished() throws Exception {
        String text = String.join("\n", workflow());

        assertThat(text).containsPattern("env:\\n\\s+WITHHOLD_HIDDEN: \"true\"\\n\\s+run: bash .official-grader/scripts/grade-official.sh");
    }

    @Test
    void nothingOfTheLearnersRepositoryIsBuiltOrRun() throws Exception {
        assertThat(workflow()).noneSatisfy(line -> assertThat(line).containsPattern("\\bmvn\\b|\\./mvnw|run: (bash )?\\./"));
    }

    @Test
    void theLearnersCodeRunsInTheSandbox() throws Exception {
        assertThat(workflow()).anySatisfy(line -> assertThat(line).contains("apt-get install").contains("bubblewrap"))
                .anySatisfy(line -> assertThat(line).contains("sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"))
                .noneSatisfy(line -> assertThat(line).contains("REQUIRE_SANDBOX").contains("false"));
    }

    @Test
    void theReportIsKeptAsAnArtifactEvenWhenGradingFails() throws Exception {
        String text = String.join("\n", workflow());

        assertThat(text).containsPattern("if: always\\(\\)\\n\\s+uses: actions/upload-artifact@v4")
                .contains("official/grade/report.html");
    }
}
