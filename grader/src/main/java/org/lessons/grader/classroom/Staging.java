package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a learner's entry into sources the grader can read, in the learner's own work directory: a zip is unpacked
 * and a git submission cloned into {@code unpacked/}, then the source root's Java files, and only those, are copied to
 * {@code source/}, keeping their paths, so that the grade names the learner's files as the learner knows them.
 *
 * @param unzip the caps on a zip
 * @param git how a git submission is cloned
 * @param tree the caps on the copied sources
 */
record Staging(Unzip unzip, GitClone git, LessonTree tree) {

    static final Staging CAPPED = new Staging(Unzip.CAPPED, GitClone.LIMITED, LessonTree.CAPPED);

    /**
     * A learner's staged sources.
     *
     * @param root what paths in the grade are relative to: the copy of the learner's repository
     * @param sourceRoot the source root in it, such as {@code root/exercises/src/main/java}
     */
    record Staged(Path root, Path sourceRoot) {
    }

    Staged stage(Learner learner, Path workDirectory) throws UnusableSubmission, IOException, InterruptedException {
        Path unpacked = workDirectory.resolve("unpacked");
        Path top = switch (learner.kind()) {
            case DIRECTORY -> learner.entry();
            case ZIP -> {
                unzip.extract(learner.entry(), unpacked);
                yield unpacked;
            }
            case GIT -> {
                Files.createDirectories(workDirectory);
                git.cloneInto(learner.entry(), unpacked, workDirectory);
                yield unpacked;
            }
            case UNUSABLE -> throw new UnusableSubmission("neither a directory, a .zip, a .bundle nor a git repository"
                    + " (a symbolic link is never followed)");
        };
        Path sourceRoot = tree.locate(top);
        Path source = workDirectory.resolve("source");
        tree.copyJavaFiles(top, sourceRoot, source);
        return new Staged(source, source.resolve(sourceRoot.toString()));
    }
}
