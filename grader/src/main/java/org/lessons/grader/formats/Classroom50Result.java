package org.lessons.grader.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.lessons.grader.scoring.CheckOutcome;

/**
 * {@code classroom50/result.json}: exactly the {@code classroom50/result/v1} schema of Classroom 50
 * (foundation50/classroom50, {@code schemas/result-v1.schema.json}), which its runner reads from an autograder, and
 * {@code classroom50/release-body.md}, the learner-facing summary the runner publishes on the submission's release.
 * Without the runner's identity variables there is no result.json (it could only name a submission wrongly); the
 * release body is written all the same.
 */
final class Classroom50Result implements ResultFile {

    static final String SCHEMA = "classroom50/result/v1";
    /** The schema's {@code datetime} shape: {@code YYYY-MM-DDTHH:MM:SSZ}, in UTC. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_MESSAGE_CHARS = 8_000;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String path() {
        return "classroom50/result.json";
    }

    @Override
    public void write(GradedSubmission graded, CourseEnvironment environment, Path directory)
            throws IOException, NotWritten {
        Path folder = directory.resolve("classroom50");
        ResultFile.writeAtomically(folder.resolve("release-body.md"), MarkdownSummary.releaseBody(graded));
        Classroom50Identity.Either either = environment.classroom50();
        if (!either.runner()) {
            throw new NotWritten("not Classroom 50's runner (none of its variables is set)", false);
        }
        Classroom50Identity identity = either.identity().orElseThrow(() -> new NotWritten(either.whyNot(), true));
        ResultFile.writeAtomically(folder.resolve("result.json"),
                json.writeValueAsString(toJson(graded, identity)) + "\n");
    }

    ObjectNode toJson(GradedSubmission graded, Classroom50Identity identity) {
        ObjectNode root = json.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("classroom", identity.classroom());
        root.put("assignment", identity.assignment());
        root.put("assignment_type", identity.type().key());
        root.put("owner", identity.owner());
        root.put("submission", identity.submission());
        root.put("commit", identity.commit());
        root.put("release", identity.release());
        root.put("review", identity.review());
        root.put("datetime", instant(identity.submittedAt()));
        root.put("graded_at", instant(graded.gradedAt()));
        root.put("score", graded.grade().score());
        root.put("max-score", graded.grade().maxScore());
        ArrayNode tests = root.putArray("tests");
        for (NumberedCheck numbered : NumberedCheck.of(graded.grade())) {
            ObjectNode test = tests.addObject();
            // Classroom 50 shows a name and PASS or FAIL: a withheld check says in its name why it is no PASS.
            boolean withheld = numbered.check().status() == CheckOutcome.Status.WITHHELD;
            test.put("test-name", numbered.number() + " " + numbered.title()
                    + (withheld ? " (" + CourseWording.status(numbered.check().status()) + ")" : ""));
            test.put("passed", numbered.check().passed());
            test.put("score", numbered.check().points());
            test.put("max-score", numbered.check().maxPoints());
            test.put("message", Escape.clip(numbered.feedback(), MAX_MESSAGE_CHARS));
        }
        identity.submittedBy().ifPresent(pusher -> {
            ObjectNode by = root.putObject("submitted_by");
            by.put("username", pusher.username());
            if (pusher.id().isPresent()) {
                by.put("id", pusher.id().getAsLong());
            } else {
                by.putNull("id");
            }
        });
        return root;
    }

    private static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
