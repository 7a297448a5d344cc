package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.grader.phases.Ticker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real child JVMs end in each way a learner's program can, and the grader gets that as a typed ending: the harness
 * classifies the call's end, the child JVM's exit the rest. Unconfined, so that they run on any machine.
 */
class ChildJvmEndingTests {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Path root;

    @BeforeEach
    void makeARoot() throws IOException {
        root = Files.createDirectories(Path.of("target", "ending-tests", UUID.randomUUID().toString()).toAbsolutePath());
    }

    @AfterEach
    void wipeIt() {
        WorkDirectory.wipe(root);
    }

    private ChildRun run(String members, Scenario.Call call, String method) throws IOException {
        Path source = root.resolve("src/asyncbasics/Ending.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package asyncbasics;\npublic class Ending {\n" + members + "\n}\n");
        Path out = Files.createDirectories(root.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                out.toString(), source.toString());
        assertThat(status).isZero();
        ChildJvm jvm = ChildJvm.forThisJvm(Duration.ofMillis(100), root.resolve("work"), new PhaseClock(Ticker.system()),
                new Unconfined("a test of how children end"), Optional.empty());
        return jvm.run(new Scenario("asyncbasics.Ending", method, call, null, List.of("asyncbasics.Ending")), out, LIMIT);
    }

    @Test
    void aChildThatFillsItsHeapEndsOutOfMemory() throws IOException {
        ChildRun run = run("""
                public static void main(String[] args) {
                    java.util.List<long[]> hoard = new java.util.ArrayList<>();
                    while (true) {
                        hoard.add(new long[1 << 20]);
                    }
                }""", Scenario.Call.MAIN, "main");

        assertThat(run.ending()).as(run.stderrTail()).isEqualTo(new RunEnding.OutOfMemory());
        assertThat(run.finished()).isEmpty();
    }

    @Test
    void aChildThatCallsExitEndsExitedWithItsCode() throws IOException {
        ChildRun run = run("""
                public static void main(String[] args) {
                    System.exit(7);
                }""", Scenario.Call.MAIN, "main");

        assertThat(run.ending()).as(run.stderrTail()).isInstanceOfSatisfying(RunEnding.Exited.class,
                exited -> assertThat(exited.code()).isEqualTo(7));
    }

    @Test
    void aMissingMethodIsABrokenContractThatNamesIt() throws IOException {
        ChildRun run = run("public static void concurrent(String jobs) {}", Scenario.Call.DIRECT, "concurrent");

        assertThat(run.ending()).as(run.stderrTail()).isEqualTo(new RunEnding.ContractBroken(
                new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.METHOD_MISSING, "Ending", "concurrent", "")));
    }

    @Test
    void aStaticInitializerThatThrowsIsReportedWithWhatItThrew() throws IOException {
        ChildRun run = run("""
                static final int N = Integer.parseInt("x");
                public static void main(String[] args) {
                }""", Scenario.Call.MAIN, "main");

        assertThat(run.ending()).as(run.stderrTail()).isInstanceOfSatisfying(RunEnding.StaticInitFailed.class,
                failed -> {
                    assertThat(failed.exception().is(NumberFormatException.class)).isTrue();
                    assertThat(failed.exception().where()).contains("Ending.java:3");
                });
    }
}
