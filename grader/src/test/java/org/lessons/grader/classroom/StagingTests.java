package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagingTests {

    @TempDir
    Path temporary;

    private Path zip(String name, List<String> entries, byte[] content) throws IOException {
        Path zip = temporary.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content);
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aZipEntryThatClimbsOutOfTheFolderIsRefusedAndNothingLandsOutside() throws IOException {
        Path zip = zip("slip.zip", List.of("asyncbasics/Run.java", "../../escaped.txt"), "x".getBytes());
        Path target = temporary.resolve("a/b/unpacked");

        assertThatThrownBy(() -> Unzip.CAPPED.extract(zip, target)).isInstanceOf(UnusableSubmission.class)
                .hasMessageContaining("'../../escaped.txt' would land outside");
        assertThat(temporary.resolve("a/escaped.txt")).doesNotExist();
        assertThat(temporary.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void aZipWhoseEntriesMakeOneNameBothAFileAndAFolderIsRefusedWithoutTheGradersPaths() throws IOException {
        Path zip = zip("clash.zip", List.of("asyncbasics", "asyncbasics/Run.java"), "x".getBytes());
        Path out = temporary.resolve("clash");

        assertThatThrownBy(() -> Unzip.CAPPED.extract(zip, out)).isInstanceOf(UnusableSubmission.class)
                .hasMessageContaining("'asyncbasics/Run.java' clashes with another entry")
                .hasMessageNotContaining(temporary.toString());
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws IOException {
        Path zip = zip("many.zip", List.of("a", "b", "c"), new byte[1]);

        assertThatThrownBy(() -> new Unzip(2, 1 << 20).extract(zip, temporary.resolve("out")))
                .isInstanceOf(UnusableSubmission.class).hasMessageContaining("more than 2 entries");
    }

    @Test
    void aZipThatUnpacksBeyondTheCapStopsAtTheCap() throws IOException {
        Path zip = zip("bomb.zip", List.of("zeros"), new byte[3 << 20]);
        Path out = temporary.resolve("out");

        assertThatThrownBy(() -> new Unzip(10, 1 << 20).extract(zip, out)).isInstanceOf(UnusableSubmission.class)
                .hasMessageContaining("more than 1 MiB");
        assertThat(Files.size(out.resolve("zeros"))).isLessThanOrEqualTo(1 << 20);
    }

    @Test
    void aSymbolicLinkInTheSourcesIsNeverFollowed() throws Exception {
        Path learner = Files.createDirectories(temporary.resolve("learner/asyncbasics"));
        Files.writeString(learner.resolve("Run.java"), "class Run {}");
        Path secret = Files.writeString(temporary.resolve("secret.txt"), "the instructor's key");
        Files.createSymbolicLink(learner.resolve("Explain.java"), secret);
        Path work = temporary.resolve("work");

        Staging.Staged staged = Staging.CAPPED.stage(new Learner("learner", temporary.resolve("learner"),
                Learner.Kind.DIRECTORY), work);

        assertThat(staged.sourceRoot()).isEqualTo(work.resolve("source"));
        assertThat(staged.sourceRoot().resolve("asyncbasics/Run.java")).exists();
        assertThat(staged.sourceRoot().resolve("asyncbasics/Explain.java")).doesNotExist();
    }

    @Test
    void aZipOfARepositoryFolderIsFoundOneFolderDown() throws Exception {
        Path zip = zip("alice.zip", List.of("alice-main/exercises/src/main/java/asyncbasics/Run.java",
                "alice-main/README.md"), "class Run {}".getBytes());

        Staging.Staged staged = Staging.CAPPED.stage(new Learner("alice", zip, Learner.Kind.ZIP),
                temporary.resolve("work"));

        assertThat(staged.root().relativize(staged.sourceRoot())).isEqualTo(Path.of("alice-main/exercises/src/main/java"));
        assertThat(staged.sourceRoot().resolve("asyncbasics/Run.java")).hasContent("class Run {}");
        assertThat(staged.root().resolve("alice-main/README.md")).doesNotExist();
    }

    @Test
    void aBareGitRepositoryIsClonedAndItsSourcesStaged() throws Exception {
        Path repository = Files.createDirectories(temporary.resolve("work-tree/asyncbasics"));
        Files.writeString(repository.resolve("Run.java"), "class Run {}");
        Path bare = temporary.resolve("class/henry.git");
        git(temporary.resolve("work-tree"), "init", "-q");
        git(temporary.resolve("work-tree"), "add", ".");
        git(temporary.resolve("work-tree"), "-c", "user.email=h@example.org", "-c", "user.name=H", "commit", "-q", "-m", "x");
        git(temporary, "clone", "-q", "--bare", temporary.resolve("work-tree").toString(), bare.toString());
        Learner henry = ClassFolder.learners(temporary.resolve("class")).get(0);

        Staging.Staged staged = Staging.CAPPED.stage(henry, temporary.resolve("work"));

        assertThat(henry.id()).isEqualTo("henry");
        assertThat(henry.kind()).isEqualTo(Learner.Kind.GIT);
        assertThat(staged.sourceRoot().resolve("asyncbasics/Run.java")).hasContent("class Run {}");
    }

    @Test
    void aGitSubmissionThatIsNotARepositoryIsAnErrorThatSaysSo() throws IOException {
        Path bundle = Files.writeString(temporary.resolve("ivy.bundle"), "not a bundle");
        Path work = Files.createDirectories(temporary.resolve("work"));

        assertThatThrownBy(() -> Staging.CAPPED.stage(new Learner("ivy", bundle, Learner.Kind.GIT), work))
                .isInstanceOf(UnusableSubmission.class).hasMessageStartingWith("git could not clone it");
    }

    @Test
    void aGitRepositoryWhoseLastCommitHoldsMoreFilesThanTheCapIsRefusedBeforeAFileIsWritten() throws Exception {
        Path tree = Files.createDirectories(temporary.resolve("work-tree/asyncbasics"));
        for (String task : List.of("Run", "Fix1", "Fix2", "Fix3", "Alter1", "Alter2")) {
            Files.writeString(tree.resolve(task + ".java"), "class " + task + " {}");
        }
        git(temporary.resolve("work-tree"), "init", "-q");
        git(temporary.resolve("work-tree"), "add", ".");
        git(temporary.resolve("work-tree"), "-c", "user.email=j@example.org", "-c", "user.name=J", "commit", "-q", "-m", "x");
        Learner jo = new Learner("jo", temporary.resolve("work-tree"), Learner.Kind.GIT);
        Staging fiveFiles = new Staging(Unzip.CAPPED, new GitClone(Duration.ofMinutes(1), 5, 1 << 20), LessonTree.CAPPED);
        Path work = Files.createDirectories(temporary.resolve("work"));

        assertThatThrownBy(() -> fiveFiles.stage(jo, work)).isInstanceOf(UnusableSubmission.class)
                .hasMessageStartingWith("its last commit holds more than 5 files");
        assertThat(work.resolve("unpacked/asyncbasics")).doesNotExist();
    }

    @Test
    void aGitBombOfAHundredThousandFilesIsRefusedAtOnce() throws Exception {
        Path bomb = temporary.resolve("bomb.git");
        git(temporary, "init", "-q", "--bare", bomb.toString());
        String object = gitOutput(bomb, "x", "hash-object", "-w", "--stdin");
        String mode = "100644 blob ";
        for (int level = 0; level < 5; level++) {
            StringBuilder entries = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                entries.append(mode).append(object).append('\t').append("e").append(i).append('\n');
            }
            object = gitOutput(bomb, entries.toString(), "mktree");
            mode = "040000 tree ";
        }
        String commit = gitOutput(bomb, "bomb", "-c", "user.email=b@example.org", "-c", "user.name=B", "commit-tree", object);
        git(bomb, "update-ref", "HEAD", commit);
        Path work = Files.createDirectories(temporary.resolve("work"));
        long started = System.nanoTime();

        assertThatThrownBy(() -> Staging.CAPPED.stage(new Learner("bomb", bomb, Learner.Kind.GIT), work))
                .isInstanceOf(UnusableSubmission.class).hasMessageStartingWith("its last commit holds more than 10000 files");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    private static String gitOutput(Path directory, String input, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(directory.toFile()).start();
        try (var stdin = git.getOutputStream()) {
            stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor()).as("git " + String.join(" ", arguments)).isZero();
        return output;
    }

    private static void git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(git.waitFor()).as("git " + String.join(" ", arguments)).isZero();
    }

    @Test
    void aLearnersIdIsTheEntrysNameWithoutItsEndingAndTheSecondOfTwoKeepsItsWholeName() throws IOException {
        Path folder = Files.createDirectories(temporary.resolve("class"));
        Files.createDirectories(folder.resolve("alice"));
        Files.writeString(folder.resolve("alice.zip"), "");
        Files.writeString(folder.resolve("bob.bundle"), "");
        Files.writeString(folder.resolve("notes.txt"), "");
        Files.createDirectories(folder.resolve(".hidden"));

        assertThat(ClassFolder.learners(folder)).extracting(Learner::id, Learner::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alice", Learner.Kind.DIRECTORY),
                org.assertj.core.groups.Tuple.tuple("alice.zip", Learner.Kind.ZIP),
                org.assertj.core.groups.Tuple.tuple("bob", Learner.Kind.GIT),
                org.assertj.core.groups.Tuple.tuple("notes.txt", Learner.Kind.UNUSABLE));
    }
}
