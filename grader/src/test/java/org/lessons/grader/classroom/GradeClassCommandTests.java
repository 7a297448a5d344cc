package org.lessons.grader.classroom;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.isolation.Bubblewrap;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class GradeClassCommandTests {

    private static final String NO_SOURCES = "no lesson sources: expected exercises/src/main/java/asyncbasics/ "
            + "(a learner's repository) or asyncbasics/ (a source root)";

    /** A learner whose name is HTML: the class report must show it as text. */
    private static final String HTML_NAME = "<b onmouseover=alert(1)>mallory";

    /** A whole grade.json of 20 points of 20, as a shard's learner folder holds it. */
    private static final String GRADE_OF_20 = "{\"schemaVersion\":1,\"score\":20,\"maxScore\":20,\"sandboxed\":true,"
            + "\"tasks\":[]}";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();

    @TempDir
    Path temporary;

    private int gradeClass(String... args) {
        return GradeClassCommand.commandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> now.addAndGet(1_000_000_000L))
                .execute(args);
    }

    private List<String> args(Path folder, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(folder.toString(), "--out=" + out, "--work=" + temporary.resolve("work"),
                "--no-require-sandbox", "--tasks=explain", "--seed=4242"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void aMixedClassGetsOneRowPerLearnerAndNoSubmissionSpoilsAnother() throws Exception {
        Path folder = temporary.resolve("class");
        new ClassFolderBuilder(folder).repository("alice").stubs("bob").hostile("carol", "compile-error")
                .hostile("dave", "system-exit").empty("erin").zip("frank").bundle("grace", temporary).empty(HTML_NAME);
        Path out = temporary.resolve("out");

        long started = System.nanoTime();
        int code = gradeClass(folder.toString(), "--out=" + out, "--work=" + temporary.resolve("work"),
                "--tasks=explain,run", "--jobs=2");

        boolean sandboxed = Bubblewrap.detect().confines();
        System.out.printf("grade-class: a class of 9 in %.1f s, exit code %d, sandbox %s%n",
                (System.nanoTime() - started) / 1e9, code, sandboxed ? "required and there" : "required and missing");
        if (!sandboxed) {
            assertThat(code).isEqualTo(GradeClassCommand.NO_SANDBOX);
            assertThat(out.resolve("grades.csv")).doesNotExist();
            return;
        }
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readAllLines(out.resolve("grades.csv"))).containsExactly(
                "learner,score,max,sandboxed,run,explain,error",
                HTML_NAME + ",0,25,false,,," + NO_SOURCES,
                "alice,25,25,true,20,5,",
                "bob,0,25,true,0,0,",
                "carol,5,25,true,0,5,",
                "dave,5,25,true,0,5,",
                "erin,0,25,false,,," + NO_SOURCES,
                "frank,25,25,true,20,5,",
                "grace,25,25,true,20,5,");
        assertThat(out.resolve("learners/alice/grade.json")).content().contains("\"score\" : 25", "\"sandboxed\" : true");
        assertThat(out.resolve("learners/erin/error.json")).content().contains("no lesson sources");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[8/8]", "6 graded, 0 already graded (skipped), "
                + "2 could not be graded");
        assertThat(temporary.resolve("work")).isEmptyDirectory();
    }

    @Test
    void theClassReportIsWellFormedAndShowsALearnersHtmlAsText() throws Exception {
        Path folder = temporary.resolve("class");
        new ClassFolderBuilder(folder).repository("alice").empty(HTML_NAME);
        Path out = temporary.resolve("out");
        Files.createDirectories(out.resolve("learners/alice"));
        Files.writeString(out.resolve("learners/alice/report.html"), "<html></html>");

        int code = gradeClass(args(folder, out).toArray(String[]::new));

        assertThat(code).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document page = factory.newDocumentBuilder().parse(out.resolve("class.html").toFile());
        assertThat(page.getElementsByTagName("b").getLength()).isZero();
        assertThat(page.getElementsByTagName("svg").getLength()).isOne();
        assertThat(page.getDocumentElement().getTextContent()).contains(HTML_NAME, "could not be graded",
                "question 1: a future-returning method versus a plain method");
        String html = Files.readString(out.resolve("class.html"));
        assertThat(html).contains("href=\"learners/alice/report.html\"")
                .doesNotContain("<script", "src=", "<link", "url(", "@import", "href=\"http");
    }

    @Test
    void aSecondRunSkipsTheLearnersAlreadyGradedAndRegradesAnUnfinishedOne() throws Exception {
        Path folder = temporary.resolve("class");
        new ClassFolderBuilder(folder).repository("alice").repository("bert").empty("erin");
        Path out = temporary.resolve("out");
        assertThat(gradeClass(args(folder, out).toArray(String[]::new))).isZero();
        Path alice = out.resolve("learners/alice/grade.json");
        Path bert = out.resolve("learners/bert/grade.json");
        String graded = Files.readString(alice);
        Files.writeString(bert, Files.readString(bert).substring(0, 100));
        String before = Files.readString(out.resolve("grades.csv"));
        err.reset();

        assertThat(gradeClass(args(folder, out).toArray(String[]::new))).isZero();

        assertThat(Files.readString(alice)).isEqualTo(graded);
        assertThat(Files.readString(bert)).contains("\"score\" : 5");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 graded, 1 already graded (skipped), "
                + "1 could not be graded").doesNotContain("alice:");
        assertThat(Files.readString(out.resolve("grades.csv"))).isEqualTo(before);
    }

    @Test
    void restartGradesEveryLearnerAgain() throws Exception {
        Path folder = temporary.resolve("class");
        new ClassFolderBuilder(folder).repository("alice");
        Path out = temporary.resolve("out");
        assertThat(gradeClass(args(folder, out).toArray(String[]::new))).isZero();
        err.reset();

        assertThat(gradeClass(args(folder, out, "--restart").toArray(String[]::new))).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("alice: 5/5", "1 graded, 0 already graded");
    }

    @Test
    void aLearnerWhoseNameHoldsTheClassPathSeparatorIsGradedLikeAnyOther() throws Exception {
        Path folder = temporary.resolve("class");
        new ClassFolderBuilder(folder).repository("ada: section 2").repository("ada_ section 2");
        Path out = temporary.resolve("out");

        assertThat(gradeClass(args(folder, out).toArray(String[]::new))).isZero();

        assertThat(Files.readAllLines(out.resolve("grades.csv"))).containsExactly(
                "learner,score,max,sandboxed,explain,error",
                "ada: section 2,5,5," + Bubblewrap.detect().confines() + ",5,",
                "ada_ section 2,5,5," + Bubblewrap.detect().confines() + ",5,");
        assertThat(temporary.resolve("work")).isEmptyDirectory();
    }

    @Test
    void shardsMergedGiveTheSameGradesAsOneRun() throws Exception {
        Path folder = temporary.resolve("class");
        new ClassFolderBuilder(folder).repository("alice").stubs("bob").empty("erin").zip("frank");
        Path whole = temporary.resolve("whole");
        assertThat(gradeClass(args(folder, whole).toArray(String[]::new))).isZero();
        Path first = temporary.resolve("shard-1");
        Path second = temporary.resolve("shard-2");
        assertThat(gradeClass(args(folder, first, "--shard=1/2").toArray(String[]::new))).isZero();
        assertThat(gradeClass(args(folder, second, "--shard=2/2").toArray(String[]::new))).isZero();
        Path merged = temporary.resolve("merged");

        int code = gradeClass("merge", "--out=" + merged, first.toString(), second.toString());

        assertThat(code).isZero();
        assertThat(Files.readAllLines(first.resolve("grades.csv"))).hasSize(3);
        assertThat(Files.readString(merged.resolve("grades.csv"))).isEqualTo(Files.readString(whole.resolve("grades.csv")));
        assertThat(Files.readString(merged.resolve("class.html"))).isEqualTo(Files.readString(whole.resolve("class.html")));
    }

    @Test
    void aMergeCopiesEveryResultOfALearnerAndNoEarlierMergesResultOutlivesIt() throws Exception {
        Path shard = temporary.resolve("shard-1");
        Files.createDirectories(shard.resolve("learners/bob/gradescope"));
        Files.writeString(shard.resolve("learners/bob/grade.json"), GRADE_OF_20);
        Files.writeString(shard.resolve("learners/bob/gradescope/results.json"), "{\"score\":20}");
        Files.createDirectories(shard.resolve("learners/alice"));
        Files.writeString(shard.resolve("learners/alice/error.json"), "{\"learner\":\"alice\",\"error\":\"regraded: no "
                + "lesson sources\"}");
        new ShardManifest(Shard.ALL, "one class", List.of("alice", "bob")).write(shard);
        Path merged = temporary.resolve("merged");
        Files.createDirectories(merged.resolve("learners/alice"));
        Files.writeString(merged.resolve("learners/alice/grade.json"), GRADE_OF_20);

        int code = gradeClass("merge", "--out=" + merged, shard.toString());

        assertThat(code).isZero();
        assertThat(merged.resolve("learners/bob/gradescope/results.json")).hasContent("{\"score\":20}");
        assertThat(merged.resolve("learners/alice/grade.json")).doesNotExist();
        assertThat(Files.readAllLines(merged.resolve("grades.csv"))).containsExactly("learner,score,max,sandboxed,error",
                "alice,0,20,false,regraded: no lesson sources", "bob,20,20,true,");
    }

    @Test
    void aMergeOfFoldersThatAreNotEveryShareOfOneClassGradedToItsEndIsAUsageErrorThatSaysWhy() throws Exception {
        Path first = shard("first", new Shard(1, 2), "one class", "alice");
        Path second = shard("second", new Shard(2, 2), "one class", "bob");
        Path other = shard("other", new Shard(2, 2), "a class with a late submission", "bob");
        Path unfinished = shard("unfinished", new Shard(2, 2), "one class", "bob", "dave");
        Path merged = temporary.resolve("merged");

        assertThat(gradeClass("merge", "--out=" + merged, first.toString())).isEqualTo(2);
        assertThat(gradeClass("merge", "--out=" + merged, first.toString(), other.toString())).isEqualTo(2);
        assertThat(gradeClass("merge", "--out=" + merged, first.toString(), first.toString())).isEqualTo(2);
        assertThat(gradeClass("merge", "--out=" + merged, first.toString(), unfinished.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("share 2/2 missing", "of another class than",
                "share 1/2 is given twice", "learner 'dave' of share 2/2 (" + unfinished + ") has no grade");
        assertThat(merged.resolve("grades.csv")).doesNotExist();
        assertThat(gradeClass("merge", "--out=" + merged, first.toString(), second.toString())).isZero();
        assertThat(Files.readAllLines(merged.resolve("grades.csv"))).hasSize(3);
    }

    /** A shard's results folder naming {@code learners}, each with a whole grade but dave (a run stopped before him). */
    private Path shard(String name, Shard shard, String classDigest, String... learners) throws Exception {
        Path folder = temporary.resolve(name);
        for (String learner : learners) {
            if (!learner.equals("dave")) {
                Files.createDirectories(folder.resolve("learners").resolve(learner));
                Files.writeString(folder.resolve("learners").resolve(learner).resolve("grade.json"), GRADE_OF_20);
            }
        }
        new ShardManifest(shard, classDigest, List.of(learners)).write(folder);
        return folder;
    }

    @Test
    void aBadShardIsAUsageError() throws Exception {
        Path folder = Files.createDirectories(temporary.resolve("class"));

        int code = gradeClass(args(folder, temporary.resolve("out"), "--shard=3/2").toArray(String[]::new));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 <= K <= N");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        int code = gradeClass(temporary.resolve("nowhere").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no folder of submissions");
    }
}
