package org.lessons.grader.submission;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The learner's files that the grader compiles: the Java files of the lesson's package (and below it),
 * copied apart, so that nothing else in the source root changes how they compile. A
 * {@code module-info.java} (which an IDE offers to add) would turn every file into a module that cannot
 * read the kit; a file of another package is not part of any task. Both are left out, and named.
 *
 * @param root the copy's source root, for {@code -sourcepath}
 * @param ignored the Java files left out, relative to the learner's source root, such as {@code module-info.java}
 */
record LessonSources(Path root, List<String> ignored) {

    private static final String MODULE_INFO = "module-info.java";

    LessonSources {
        ignored = List.copyOf(ignored);
    }

    /** Copies the Java files of {@code lessonPackage} under {@code sourceRoot} into {@code into}, emptied first. */
    static LessonSources copy(Path sourceRoot, String lessonPackage, Path into) {
        Path packageDirectory = Path.of(lessonPackage.replace('.', '/'));
        List<String> ignored = new ArrayList<>();
        try {
            deleteTree(into);
            Files.createDirectories(into);
            if (!Files.isDirectory(sourceRoot)) {
                return new LessonSources(into, List.of());
            }
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path relative = sourceRoot.relativize(file);
                    boolean javaFile = relative.getFileName().toString().endsWith(".java");
                    if (javaFile && relative.startsWith(packageDirectory)
                            && !relative.getFileName().toString().equals(MODULE_INFO)) {
                        Path copy = into.resolve(relative.toString());
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    } else if (javaFile) {
                        ignored.add(relative.toString().replace(File.separatorChar, '/'));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LessonSources(into, ignored);
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
