package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Directories the grader removes whole: a child's own working directory when it ends (whatever it left there), a
 * runtime image half linked, a cache entry no longer used.
 */
final class WorkDirectory {

    private WorkDirectory() {
    }

    /** Removes {@code directory} and everything in it; what cannot be removed is left (and reported by nothing). */
    static void wipe(Path directory) {
        if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // in use or protected: the rest still goes
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // gone meanwhile
        }
    }
}
