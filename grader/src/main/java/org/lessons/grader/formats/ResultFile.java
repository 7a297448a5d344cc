package org.lessons.grader.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** One platform's result file(s), written under the grade's directory. */
interface ResultFile {

    /** The path under the grade's directory, as the README lists it. */
    String path();

    /**
     * Writes the file(s) under {@code directory}.
     *
     * @throws NotWritten when this grading cannot have the file (the reason is for the instructor's log)
     */
    void write(GradedSubmission graded, CourseEnvironment environment, Path directory) throws IOException, NotWritten;

    /** A file the grading cannot have, and why: not an error of the grader. */
    final class NotWritten extends Exception {

        private final boolean worthSaying;

        /**
         * @param why why not
         * @param worthSaying whether the grading's log should say so: not when the file is for a platform the grading
         *     plainly does not run on
         */
        NotWritten(String why, boolean worthSaying) {
            super(why);
            this.worthSaying = worthSaying;
        }

        boolean worthSaying() {
            return worthSaying;
        }
    }

    /** Writes {@code text} as UTF-8 (no byte-order mark) to {@code file}, whole or not at all. */
    static void writeAtomically(Path file, String text) throws IOException {
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}: a reader sees the old file or the new one, never half of one. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
