package org.lessons.grader.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.lessons.grader.scoring.CheckOutcome;

/**
 * {@code prairielearn/results.json}: PrairieLearn's external grading results, which it reads from
 * {@code /grade/results/results.json}. {@code score} is a fraction from 0 to 1. A submission that cannot be graded at
 * all ({@link GradedSubmission#gradable()}: no graded task's file compiled) is {@code gradable: false}, with the
 * reason as its message, so PrairieLearn does not count it as an attempt.
 */
final class PrairieLearnResults implements ResultFile {

    static final int MAX_TEST_OUTPUT_CHARS = 8_000;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String path() {
        return "prairielearn/results.json";
    }

    @Override
    public void write(GradedSubmission graded, CourseEnvironment environment, Path directory) throws IOException {
        ResultFile.writeAtomically(directory.resolve(path()), json.writeValueAsString(toJson(graded)) + "\n");
    }

    ObjectNode toJson(GradedSubmission graded) {
        int max = graded.grade().maxScore();
        ObjectNode root = json.createObjectNode();
        root.put("gradable", graded.gradable());
        root.put("score", graded.gradable() && max > 0 ? Math.min(1.0, (double) graded.grade().score() / max) : 0.0);
        root.put("message", graded.gradable() ? CourseWording.total(graded.grade())
                : CourseWording.ungradable(graded.grade()));
        ArrayNode tests = root.putArray("tests");
        for (NumberedCheck numbered : NumberedCheck.of(graded.grade())) {
            CheckOutcome check = numbered.check();
            ObjectNode test = tests.addObject();
            test.put("name", numbered.number() + " " + numbered.title());
            test.put("points", check.points());
            test.put("max_points", check.maxPoints());
            test.put("message", CourseWording.status(check.status()));
            test.put("output", Escape.clip(numbered.feedback(), MAX_TEST_OUTPUT_CHARS));
        }
        return root;
    }
}
