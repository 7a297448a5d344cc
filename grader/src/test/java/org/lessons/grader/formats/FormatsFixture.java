package org.lessons.grader.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.RunTimeline;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;

/** A grade built for the formats' tests: passed, failed and unjudged checks, and feedback that quotes hostile output. */
final class FormatsFixture {

    static final Instant GRADED_AT = Instant.parse("2026-11-26T08:30:15.250Z");
    static final Instant COMMITTED_AT = Instant.parse("2026-11-25T21:04:59Z");
    /** What a hostile program may print, and the feedback may then quote. */
    static final String HOSTILE = "<script>alert(1)</script> | @octocat [x](http://evil) %0A::warning::forged\u001b[2J"
            + "\nsecond line, 100% done: yes";

    private FormatsFixture() {
    }

    static Grade grade() {
        return Grade.of("exercises/src/main/java", Duration.ofMillis(100), 4242,
                new Confinement(true, "bubblewrap sandbox"), List.of(
                        check("run", "linesComeInTheOriginalOrder", "lines in order", CheckOutcome.Status.PASSED, 3, null),
                        check("run", "printedTotalsAreMeasured", "totals measured", CheckOutcome.Status.FAILED, 3,
                                new Feedback("~3 s", "~6 s", "exercises/src/main/java/asyncbasics/Run.java:40",
                                        "Measure the total around the gather.")),
                        check("run", "sequentialTakesTheSum", "sum", CheckOutcome.Status.INCONCLUSIVE, 2,
                                new Feedback("~6", "7.5, machine late", "", "grade again")),
                        check("explain", "answersAreRight", "answers are right", CheckOutcome.Status.FAILED, 5,
                                new Feedback("the key's answers", HOSTILE,
                                        "exercises/src/main/java/asyncbasics/Explain,it.java:7", "Read again: 50%."))),
                Duration.ofMillis(12_600));
    }

    static CheckOutcome check(String task, String id, String name, CheckOutcome.Status status, int points,
                              Feedback feedback) {
        return new CheckOutcome(task, id, name, status, points, Optional.ofNullable(feedback), Map.of());
    }

    static Map<String, List<RunTimeline>> timelines() {
        return Map.of("run", List.of(new RunTimeline("Concurrent execution", List.of(
                new RunTimeline.Span("A", 0, 2, true), new RunTimeline.Span("B", 0, 1, true),
                new RunTimeline.Span("<b>C</b>", 0.5, 0.5, false)))));
    }

    static GradedSubmission graded() {
        return new GradedSubmission(grade().withTimelines(timelines()), Set.of("run", "explain"), GRADED_AT);
    }

    static Map<String, String> classroom50Variables() {
        Map<String, String> environment = new HashMap<>();
        environment.put("CLASSROOM", "cs101");
        environment.put("ASSIGNMENT", "async-basics");
        environment.put("USERNAME", "ada");
        environment.put("MODE", "individual");
        environment.put("SUBMISSION_TAG", "submit/20261125T210459Z-abc1234");
        environment.put("COMMIT_URL", "https://github.com/cs101/cs101-async-basics-ada/commit/abc1234");
        environment.put("RELEASE_URL", "https://github.com/cs101/cs101-async-basics-ada/releases/tag/submit%2F1");
        environment.put("REVIEW_URL", "https://github.com/cs101/cs101-async-basics-ada/compare/000...abc1234");
        environment.put("GITHUB_ACTOR", "ada");
        environment.put("GITHUB_ACTOR_ID", "1815");
        return environment;
    }

    static CourseEnvironment classroom50() {
        return CourseEnvironment.from(classroom50Variables(), Optional.of(COMMITTED_AT), GRADED_AT);
    }

    /** The violations of {@code document} against the contract schema {@code contracts/<name>}; none when it holds. */
    static List<String> violations(String name, JsonNode document) throws IOException {
        try (InputStream schema = FormatsFixture.class.getResourceAsStream("/contracts/" + name)) {
            if (schema == null) {
                throw new IllegalStateException("no contract schema " + name + " on the test classpath");
            }
            Set<ValidationMessage> messages = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(document);
            List<String> violations = new ArrayList<>();
            messages.forEach(message -> violations.add(message.getMessage()));
            return violations;
        }
    }
}
