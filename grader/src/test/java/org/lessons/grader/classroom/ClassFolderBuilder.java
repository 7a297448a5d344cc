package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lessons.grader.checks.GradingFixture;

/** Builds a class folder for the tests from the lesson's own sources: the solutions, the stubs and hostile files. */
record ClassFolderBuilder(Path folder) {

    /** A learner's repository holding the reference solutions under {@code exercises/src/main/java}. */
    ClassFolderBuilder repository(String learner) throws IOException {
        copyTree(GradingFixture.solutions(), folder.resolve(learner).resolve("exercises/src/main/java"));
        return this;
    }

    /** A bare source root holding the stubs. */
    ClassFolderBuilder stubs(String learner) throws IOException {
        copyTree(GradingFixture.exercises(), folder.resolve(learner));
        return this;
    }

    /** A bare source root holding the solutions with one hostile case laid over them. */
    ClassFolderBuilder hostile(String learner, String hostileCase) throws IOException {
        copyTree(GradingFixture.solutions(), folder.resolve(learner));
        copyTree(GradingFixture.root().resolve("grader/src/test/hostile").resolve(hostileCase), folder.resolve(learner));
        return this;
    }

    ClassFolderBuilder empty(String learner) throws IOException {
        Files.createDirectories(folder.resolve(learner));
        return this;
    }

    /** {@code <learner>.zip} of the solutions' source root. */
    ClassFolderBuilder zip(String learner) throws IOException {
        Files.createDirectories(folder);
        Path root = GradingFixture.solutions();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(folder.resolve(learner + ".zip")));
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return this;
    }

    /** {@code <learner>.bundle}: a git bundle of a repository holding the solutions' source root. */
    ClassFolderBuilder bundle(String learner, Path scratch) throws IOException, InterruptedException {
        Path repository = scratch.resolve(learner + "-repository");
        copyTree(GradingFixture.solutions(), repository);
        git(repository, "init", "-q");
        git(repository, "add", ".");
        git(repository, "-c", "user.email=learner@example.org", "-c", "user.name=Learner", "commit", "-q", "-m", "done");
        git(repository, "bundle", "create", "-q", folder.resolve(learner + ".bundle").toString(), "HEAD");
        return this;
    }

    private static void git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (git.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", arguments) + " failed");
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
