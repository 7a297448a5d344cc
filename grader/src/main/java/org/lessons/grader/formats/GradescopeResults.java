package org.lessons.grader.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Disclosure;
import org.lessons.grader.scoring.Visibility;

/**
 * {@code gradescope/results.json}: Gradescope's autograder results format, which its harness reads from
 * {@code /autograder/results/results.json}. The summary above the tests is Markdown ({@code output_format: md}) and
 * names only the grader's own words; each test's output is plain text ({@code text}), since it quotes the learner. A
 * check hidden until the grades are published is an {@code after_published} test, left out of the summary.
 */
final class GradescopeResults implements ResultFile {

    /** A test's output is cut here: the feedback is four lines, never this long unless it quotes a flood. */
    static final int MAX_TEST_OUTPUT_CHARS = 8_000;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String path() {
        return "gradescope/results.json";
    }

    @Override
    public void write(GradedSubmission graded, CourseEnvironment environment, Path directory) throws IOException {
        ResultFile.writeAtomically(directory.resolve(path()), json.writeValueAsString(toJson(graded)) + "\n");
    }

    ObjectNode toJson(GradedSubmission graded) {
        ObjectNode root = json.createObjectNode();
        root.put("score", (double) graded.grade().score());
        root.put("execution_time", Math.max(0, Math.round(graded.grade().duration().toMillis() / 1000.0)));
        // The summary is shown at once; the checks hidden until publishing are left out of it (their tests say when).
        root.put("output", MarkdownSummary.scoreTable(graded.disclosed(Disclosure.WITHHOLD_HIDDEN)));
        root.put("output_format", "md");
        root.put("test_output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (NumberedCheck numbered : NumberedCheck.of(graded.grade())) {
            CheckOutcome check = numbered.check();
            ObjectNode test = tests.addObject();
            test.put("name", numbered.title());
            test.put("number", numbered.number());
            test.put("score", (double) check.points());
            test.put("max_score", (double) check.maxPoints());
            test.put("status", check.passed() ? "passed" : "failed");
            test.put("output", Escape.clip(outputOf(numbered), MAX_TEST_OUTPUT_CHARS));
            test.put("output_format", "text");
            test.put("visibility", check.visibility() == Visibility.AFTER_PUBLISHED ? "after_published" : "visible");
        }
        return root;
    }

    private static String outputOf(NumberedCheck numbered) {
        String feedback = numbered.feedback();
        return numbered.check().status() == CheckOutcome.Status.INCONCLUSIVE
                ? CourseWording.couldNotJudge() + "\n" + feedback : feedback;
    }
}
