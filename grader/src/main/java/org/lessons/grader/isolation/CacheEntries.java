package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entries of one kind in the children's cache (class-data archives, staged classpaths, runtime images), each a
 * directory named {@code <prefix><hex key>}: when one is made, those of other keys beyond the newest few are removed,
 * unless they were used lately (a grading of another build may still use them).
 *
 * @param cache the cache directory
 * @param prefix what the names of this kind start with, before the key
 */
record CacheEntries(Path cache, String prefix) {

    /** Entries of other keys kept for other JDKs or builds; older ones are removed. */
    private static final int KEEP_OTHERS = 2;

    /** An entry used more recently than this may belong to a grading still running, and is kept. */
    private static final Duration IN_USE = Duration.ofHours(1);

    /** Marks {@code entry} as used now, so that another build's clean-up keeps it. */
    static void used(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache: nothing removes from it either
        }
    }

    /** Removes entries of this kind other than {@code current}, beyond the newest few and unused for a while. */
    void removeOthersThan(Path current) {
        try (Stream<Path> entries = Files.list(cache)) {
            List<Path> others = entries.filter(Files::isDirectory).filter(this::ofThisKind)
                    .filter(entry -> !entry.equals(current))
                    .sorted(Comparator.comparing(CacheEntries::modified).reversed()).toList();
            FileTime idle = FileTime.from(Instant.now().minus(IN_USE));
            for (Path old : others.stream().skip(KEEP_OTHERS).toList()) {
                if (modified(old).compareTo(idle) < 0) {
                    WorkDirectory.wipe(old);
                }
            }
        } catch (IOException e) {
            // nothing removed this time
        }
    }

    private boolean ofThisKind(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(prefix) && name.substring(prefix.length()).matches("[0-9a-f]{16,}");
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
