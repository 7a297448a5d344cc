package org.lessons.grader.formats;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform running the grader tells it through its environment, read once by the command line and passed
 * down: nothing below the command line reads the environment.
 *
 * @param classroom50 whose submission a Classroom 50 result is for, or why it cannot be told
 * @param githubActions whether the grader runs in GitHub Actions ({@code GITHUB_ACTIONS=true}): then failures are
 *                      annotated on the learner's lines
 * @param stepSummary the job summary file to append the Markdown summary to ({@code GITHUB_STEP_SUMMARY})
 */
public record CourseEnvironment(Classroom50Identity.Either classroom50, boolean githubActions,
                                Optional<Path> stepSummary) {

    public CourseEnvironment {
        Objects.requireNonNull(classroom50, "classroom50");
        Objects.requireNonNull(stepSummary, "stepSummary");
    }

    /** The environment of a grading outside any platform: no Classroom 50 identity, no GitHub Actions. */
    public static CourseEnvironment none() {
        return from(Map.of(), Optional.empty(), Instant.EPOCH);
    }

    /**
     * Reads the platforms' variables from {@code environment}.
     *
     * @param commitDate the graded commit's committer date, when known
     * @param gradedAt when the grading ended: the submission's date when the commit's is unknown
     */
    public static CourseEnvironment from(Map<String, String> environment, Optional<Instant> commitDate,
                                         Instant gradedAt) {
        Optional<Path> summary = Optional.ofNullable(environment.get("GITHUB_STEP_SUMMARY")).map(String::strip)
                .filter(path -> !path.isEmpty()).map(Path::of);
        return new CourseEnvironment(Classroom50Identity.from(environment, commitDate, gradedAt),
                "true".equalsIgnoreCase(environment.getOrDefault("GITHUB_ACTIONS", "").strip()), summary);
    }
}
