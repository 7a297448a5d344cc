package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the lesson's source root in what a learner handed in, and copies its Java files, and nothing else, into the
 * learner's work directory: regular files only (a symbolic link is never followed), capped in number and size.
 *
 * @param maxFiles how many Java files the source root may hold
 * @param maxBytes how many bytes they may hold in all
 */
record LessonTree(int maxFiles, long maxBytes) {

    static final LessonTree CAPPED = new LessonTree(2_000, 20L << 20);

    /** Where the lesson's package sits in a learner's repository, or in a bare source root. */
    private static final List<String> SOURCE_ROOTS = List.of("exercises/src/main/java", "src/main/java", "");

    private static final String LESSON_PACKAGE = "asyncbasics";

    /**
     * The source root under {@code top}, relative to it: the first of {@code exercises/src/main/java},
     * {@code src/main/java} and {@code top} itself that holds an {@code asyncbasics} directory, also one folder down
     * when {@code top} holds a single folder (as a zip of a folder does).
     */
    Path locate(Path top) throws UnusableSubmission, IOException {
        Optional<Path> found = sourceRootIn(top);
        if (found.isEmpty()) {
            List<Path> folders;
            try (Stream<Path> children = Files.list(top)) {
                folders = children.filter(child -> Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
                        .filter(child -> !child.getFileName().toString().startsWith(".")).toList();
            }
            if (folders.size() == 1) {
                found = sourceRootIn(folders.get(0)).map(root -> top.relativize(root));
            }
        } else {
            found = found.map(top::relativize);
        }
        return found.orElseThrow(() -> new UnusableSubmission("no lesson sources: expected "
                + "exercises/src/main/java/asyncbasics/ (a learner's repository) or asyncbasics/ (a source root)"));
    }

    private static Optional<Path> sourceRootIn(Path folder) {
        return SOURCE_ROOTS.stream().map(root -> root.isEmpty() ? folder : folder.resolve(root))
                .filter(root -> Files.isDirectory(root.resolve(LESSON_PACKAGE), LinkOption.NOFOLLOW_LINKS))
                .filter(root -> noLinkBetween(folder, root.resolve(LESSON_PACKAGE)))
                .findFirst();
    }

    private static boolean noLinkBetween(Path top, Path inside) {
        for (Path at = inside; at != null && !at.equals(top); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return false;
            }
        }
        return true;
    }

    /** Copies the Java files under {@code top}'s {@code sourceRoot} to the same place under {@code into}. */
    void copyJavaFiles(Path top, Path sourceRoot, Path into) throws UnusableSubmission, IOException {
        Path from = top.resolve(sourceRoot);
        long[] counted = new long[2];
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (!attributes.isRegularFile() || !file.getFileName().toString().endsWith(".java")) {
                        return FileVisitResult.CONTINUE;
                    }
                    counted[0]++;
                    counted[1] += attributes.size();
                    if (counted[0] > maxFiles || counted[1] > maxBytes) {
                        throw new TooLarge();
                    }
                    Path copy = into.resolve(top.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (TooLarge e) {
            throw new UnusableSubmission("the source root holds more than " + maxFiles + " Java files or "
                    + (maxBytes >> 20) + " MiB of them");
        }
        Files.createDirectories(into.resolve(sourceRoot.toString()));
    }

    /** Stops the walk at a cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("over the cap");
        }
    }
}
