package org.lessons.grader.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a class-data archive depends on, as a short hex digest: the JDK that runs the children (its
 * launcher, JVM library, module image and default archives), their JVM options, and every file on the
 * harness's classpath, each by path, size and time of last change. A different key means a different
 * archive, so a stale archive is never offered to a child JVM.
 *
 * @param hex the digest, safe as a directory name
 */
record ArchiveKey(String hex) {

    ArchiveKey {
        if (!hex.matches("[0-9a-f]{16,}")) {
            throw new IllegalArgumentException("an archive key is a hex digest, not '" + hex + "'");
        }
    }

    /** The key of an archive for children of {@code javaExecutable} with {@code options} on {@code classpath}. */
    static ArchiveKey of(Path javaExecutable, List<String> options, List<Path> classpath) {
        MessageDigest digest = sha256();
        for (Path file : jdkFiles(javaExecutable.toAbsolutePath().normalize())) {
            fingerprint(digest, file);
        }
        options.forEach(option -> line(digest, "option " + option));
        return finish(digest, classpath);
    }

    /** The key of the files on {@code classpath} alone, whatever JDK runs them. */
    static ArchiveKey ofClasspath(List<Path> classpath) {
        MessageDigest digest = sha256();
        line(digest, "staged: " + ClasspathJar.PACKED);
        return finish(digest, classpath);
    }

    private static ArchiveKey finish(MessageDigest digest, List<Path> classpath) {
        for (Path entry : classpath) {
            fingerprint(digest, entry.toAbsolutePath().normalize());
        }
        return new ArchiveKey(HexFormat.of().formatHex(digest.digest(), 0, 12));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The files whose change means another JDK: an update in place keeps the paths, not sizes and times. */
    private static List<Path> jdkFiles(Path javaExecutable) {
        Path home = javaExecutable.getParent() == null ? null : javaExecutable.getParent().getParent();
        List<Path> files = new java.util.ArrayList<>(List.of(javaExecutable));
        if (home != null) {
            Stream.of(home.resolve("lib/modules"), home.resolve("lib/server/libjvm.so"), home.resolve("lib/server/jvm.dll"),
                    home.resolve("lib/server/libjvm.dylib")).filter(Files::isRegularFile).forEach(files::add);
            try (Stream<Path> archives = Files.list(home.resolve("lib/server"))) {
                archives.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().forEach(files::add);
            } catch (IOException e) {
                // no default archives: nothing more to tell the JDK by
            }
        }
        return files;
    }

    private static void fingerprint(MessageDigest digest, Path entry) {
        try {
            if (!Files.isDirectory(entry)) {
                line(digest, "file " + entry + " " + Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis());
                return;
            }
            line(digest, "directory " + entry);
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    line(digest, entry.relativize(file) + " " + Files.size(file) + " "
                            + Files.getLastModifiedTime(file).toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + " for the archive key", e);
        }
    }

    private static void line(MessageDigest digest, String text) {
        digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
