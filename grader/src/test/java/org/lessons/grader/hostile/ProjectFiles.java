package org.lessons.grader.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A fingerprint of the files a child must never change: the grader's and the kit's classes, the reference
 * solutions, and the children's runtime and classpath cache. Files up to a megabyte are hashed (SHA-256); larger
 * ones (the runtime image's) are known by size and time of last change.
 *
 * @param files each file's fingerprint, by path
 */
record ProjectFiles(Map<Path, String> files) {

    private static final long HASHED = 1 << 20;

    /** The fingerprints of every file under {@code roots} (a root that does not exist has none). */
    static ProjectFiles of(List<Path> roots) {
        Map<Path, String> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(file, fingerprint(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProjectFiles(Map.copyOf(files));
    }

    /** The files of this fingerprint that {@code later} lacks or has changed. */
    List<Path> changedIn(ProjectFiles later) {
        return files.entrySet().stream().filter(e -> !e.getValue().equals(later.files().get(e.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    /** The files of {@code later} under {@code root} that this fingerprint did not have. */
    List<Path> addedIn(ProjectFiles later, Path root) {
        return later.files().keySet().stream().filter(f -> f.startsWith(root) && !files.containsKey(f)).toList();
    }

    private static String fingerprint(Path file) throws IOException {
        long size = Files.size(file);
        if (size > HASHED) {
            return size + " " + Files.getLastModifiedTime(file).toMillis();
        }
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
