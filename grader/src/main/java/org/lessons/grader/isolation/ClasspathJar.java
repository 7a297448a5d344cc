package org.lessons.grader.isolation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A classpath directory's classes packed into a jar (class-data sharing archives classes from jars only), or a jar
 * copied. Only class files are packed: a directory's other files (the grader's resources, among them the instructor's
 * answer key) never reach a child. The
 * jar is written under a temporary name and then linked to its own, never replacing a jar that another grading
 * already uses (its size and time are part of the archive that was made with it).
 */
final class ClasspathJar {

    /** What a packed jar holds, for the key of the staged classpath: a change of it must not reuse older jars. */
    static final String PACKED = "class files only";

    private ClasspathJar() {
    }

    /** The jar at {@code jar} holding {@code directory}'s files, packed now unless it already exists. */
    static Path of(Path directory, Path jar) throws IOException {
        return published(jar, temporary -> {
            try (OutputStream file = Files.newOutputStream(temporary); JarOutputStream out = new JarOutputStream(file)) {
                for (Path source : files(directory)) {
                    String name = directory.relativize(source).toString().replace(java.io.File.separatorChar, '/');
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(source, out);
                    out.closeEntry();
                }
            }
        });
    }

    /** A copy of the jar {@code source} at {@code jar}, made now unless it already exists. */
    static Path copyOf(Path source, Path jar) throws IOException {
        return published(jar, temporary -> Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING));
    }

    /** What a file is filled with before it is published under its name. */
    @FunctionalInterface
    private interface Filling {
        void into(Path temporary) throws IOException;
    }

    /**
     * The file at {@code jar}: filled under a temporary name, made readable by everyone (a sandboxed child reads it)
     * and then linked to its own, unless a file of that name already exists, which is used as it is.
     */
    private static Path published(Path jar, Filling filling) throws IOException {
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(jar.getParent());
        Path temporary = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
        try {
            filling.into(temporary);
            publish(WorldReadable.file(temporary), jar);
        } catch (FileAlreadyExistsException e) {
            // another grading made it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
        return jar;
    }

    /** Gives the packed file its name, never replacing a file of that name. */
    private static void publish(Path temporary, Path jar) throws IOException {
        try {
            Files.createLink(jar, temporary);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, jar);
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
    }
}
