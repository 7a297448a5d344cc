package org.lessons.grader.classroom;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One learner's submission in the class folder.
 *
 * <p>A learner's id is the entry's name in the folder, without a {@code .zip}, {@code .bundle} or {@code .git}
 * ending: {@code alice/}, {@code alice.zip} and {@code alice.bundle} are all {@code alice}. When two entries would
 * have the same id, the later one in name order keeps its whole name.
 *
 * @param id the learner's id, which names their row and their folder of results
 * @param entry the entry in the class folder
 * @param kind what the entry is
 */
public record Learner(String id, Path entry, Kind kind) {

    /** What a learner's entry in the class folder is. */
    public enum Kind {
        /** A learner's repository ({@code exercises/src/main/java/asyncbasics}) or a bare source root ({@code asyncbasics/}). */
        DIRECTORY,
        /** A zip of either of these. */
        ZIP,
        /** A git bundle or a git repository (bare or not), cloned with {@code git}. */
        GIT,
        /** Anything else: a symbolic link, a device, a file of another kind; graded as an error. */
        UNUSABLE
    }

    public Learner {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isEmpty() || id.contains("/") || id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException("a learner's id is one non-empty file name, got '" + id + "'");
        }
    }

    /**
     * The name of the learner's work directory: the id where it starts with a letter or digit and holds only letters,
     * digits, {@code .}, {@code _} and {@code -} (64 at most); otherwise {@code _}, those characters of it, and a digest
     * of the whole id, so that two ids never share a directory. The work directory's path reaches the child JVM's class
     * path, where a {@code :} (its separator) would split it and the learner's classes would not be found.
     */
    public String workName() {
        if (id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            return id;
        }
        String plain = id.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "_" + plain.substring(0, Math.min(plain.length(), 40)) + "-"
                    + java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
