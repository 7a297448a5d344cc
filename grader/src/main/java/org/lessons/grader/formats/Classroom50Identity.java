package org.lessons.grader.formats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whose submission a Classroom 50 result is for, as Classroom 50's runner tells its autograder: the fields of
 * {@code classroom50/result/v1} that name the classroom, the assignment, the repository's owner and the graded commit.
 *
 * @param classroom the classroom's short name ({@code CLASSROOM})
 * @param assignment the assignment's slug ({@code ASSIGNMENT})
 * @param type individual or group ({@code MODE})
 * @param owner the repository owner's login ({@code USERNAME})
 * @param submission the {@code submit/...} tag graded ({@code SUBMISSION_TAG})
 * @param commit a link to the graded commit ({@code COMMIT_URL})
 * @param release a link to the submission's release ({@code RELEASE_URL})
 * @param review a link to the full diff ({@code REVIEW_URL}; the commit's link when not given)
 * @param submittedAt the graded commit's committer date: the submission's instant, the same on every regrade
 * @param submittedBy who pushed it ({@code GITHUB_ACTOR}), when known
 */
public record Classroom50Identity(String classroom, String assignment, AssignmentType type, String owner,
                                  String submission, String commit, String release, String review,
                                  Instant submittedAt, Optional<Pusher> submittedBy) {

    /** The modes the schema knows. */
    public enum AssignmentType {
        INDIVIDUAL, GROUP;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The GitHub actor who pushed the submission: login, and numeric id when known. */
    public record Pusher(String username, OptionalLong id) {
    }

    /** The environment variables without which no Classroom 50 result can name its submission. */
    public static final List<String> REQUIRED = List.of("CLASSROOM", "ASSIGNMENT", "USERNAME", "SUBMISSION_TAG",
            "COMMIT_URL", "RELEASE_URL");

    public Classroom50Identity {
        for (String field : new String[] {classroom, assignment, owner, commit, release, review}) {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("a Classroom 50 identity has no empty field");
            }
        }
        if (!submission.startsWith("submit/")) {
            throw new IllegalArgumentException("a Classroom 50 submission tag starts with submit/, not " + submission);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }

    /**
     * The identity from Classroom 50's runner's variables, or why there is none: the names of the required
     * variables that are unset, or the one whose value the schema would refuse.
     *
     * @param commitDate the graded commit's date; the grading's own time stands in when unknown
     */
    public static Either from(Map<String, String> environment, Optional<Instant> commitDate, Instant gradedAt) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (environment.getOrDefault(name, "").isBlank()) {
                missing.add(name);
            }
        }
        if (missing.size() == REQUIRED.size()) {
            return new Either(Optional.empty(), "", false);
        }
        if (!missing.isEmpty()) {
            return new Either(Optional.empty(), "not set: " + String.join(", ", missing)
                    + " (Classroom 50's runner sets them)");
        }
        String tag = environment.get("SUBMISSION_TAG").strip();
        if (!tag.startsWith("submit/")) {
            return new Either(Optional.empty(), "SUBMISSION_TAG does not start with submit/: " + tag);
        }
        String mode = environment.getOrDefault("MODE", "").strip().toLowerCase(java.util.Locale.ROOT);
        AssignmentType type;
        switch (mode) {
            case "", "individual" -> type = AssignmentType.INDIVIDUAL;
            case "group" -> type = AssignmentType.GROUP;
            default -> {
                return new Either(Optional.empty(), "MODE is individual or group, not " + mode);
            }
        }
        String commit = environment.get("COMMIT_URL").strip();
        String review = environment.getOrDefault("REVIEW_URL", "").isBlank() ? commit
                : environment.get("REVIEW_URL").strip();
        Optional<Pusher> pusher = Optional.ofNullable(environment.get("GITHUB_ACTOR")).map(String::strip)
                .filter(login -> !login.isEmpty())
                .map(login -> new Pusher(login, id(environment.getOrDefault("GITHUB_ACTOR_ID", ""))));
        return new Either(Optional.of(new Classroom50Identity(environment.get("CLASSROOM").strip(),
                environment.get("ASSIGNMENT").strip(), type, environment.get("USERNAME").strip(), tag, commit,
                environment.get("RELEASE_URL").strip(), review, commitDate.orElse(gradedAt), pusher)), "");
    }

    private static OptionalLong id(String digits) {
        String id = digits.strip();
        return !id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit)
                ? OptionalLong.of(Long.parseLong(id)) : OptionalLong.empty();
    }

    /**
     * An identity, or why there is none.
     *
     * @param identity the identity when the runner's variables give one
     * @param whyNot why not, when they do not
     * @param runner whether this is Classroom 50's runner at all: false when none of its variables is set, as on a
     *     learner's machine, where a missing identity is no one's mistake
     */
    public record Either(Optional<Classroom50Identity> identity, String whyNot, boolean runner) {

        Either(Optional<Classroom50Identity> identity, String whyNot) {
            this(identity, whyNot, true);
        }
    }
}
