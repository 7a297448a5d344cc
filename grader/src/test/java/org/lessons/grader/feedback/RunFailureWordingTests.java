package org.lessons.grader.feedback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lessons.grader.isolation.ChildRun;
import org.lessons.grader.isolation.RunEnding;
import org.lessons.grader.lesson.LessonTask;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.submission.Compilation;
import org.lessons.grader.submission.Obstacle;
import org.lessons.grader.submission.SourceLocator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wording of a run that could not finish, or could not start, reads only the typed ending or obstacle. */
class RunFailureWordingTests {

    private static final SourceLocator LOCATOR = new SourceLocator(Path.of("/w/exercises/src/main/java"), Path.of("/w"));
    private static final Scenario MAIN = new Scenario("asyncbasics.Run", "main", Scenario.Call.MAIN, null, null);

    private static ChildRun ended(RunEnding ending, String stderr) {
        return new ChildRun(MAIN, ending, List.of(), List.of(), Optional.empty(), stderr, 100_000_000L,
                Duration.ofSeconds(1));
    }

    private static String mismatch(ChildEvent.Mismatch.Kind kind, String className, String method, String parameter) {
        return ContractWording.mismatch(new ChildEvent.Mismatch(kind, className, method, parameter));
    }

    @Test
    void eachKindOfContractMismatchIsSaidAsTheLessonNamesIt() {
        assertThat(mismatch(ChildEvent.Mismatch.Kind.CLASS_MISSING, "asyncbasics.Run", "", ""))
                .isEqualTo("class asyncbasics.Run was not found");
        assertThat(mismatch(ChildEvent.Mismatch.Kind.METHOD_MISSING, "Run", "concurrent", "List"))
                .isEqualTo("method Run.concurrent(List<Job>) was not found");
        assertThat(mismatch(ChildEvent.Mismatch.Kind.METHOD_MISSING, "Explain", "answer1", ""))
                .isEqualTo("method Explain.answer1() was not found");
        assertThat(mismatch(ChildEvent.Mismatch.Kind.NOT_STATIC, "Run", "main", "String[]"))
                .isEqualTo("Run.main must be static");
        assertThat(mismatch(ChildEvent.Mismatch.Kind.RETURNED_NULL, "Fix1", "concurrent", "List"))
                .isEqualTo("concurrent returned null instead of a CompletableFuture");
    }

    @Test
    void outOfMemoryIsSaidFromTheEndingAndNeverFromTheJvmsText() {
        Feedback outOfMemory = RunFailureWording.didNotComplete(ended(new RunEnding.OutOfMemory(), ""), LOCATOR);
        Feedback halted = RunFailureWording.didNotComplete(ended(new RunEnding.Halted(3),
                "Terminating due to java.lang.OutOfMemoryError: Java heap space"), LOCATOR);

        assertThat(outOfMemory.measured()).isEqualTo("the JVM ran out of memory (OutOfMemoryError)");
        assertThat(halted.measured()).isEqualTo("the JVM stopped abruptly with exit code 3 (Runtime.halt or a crash)");
    }

    @Test
    void anExitIsSaidWithItsCodeAtTheLearnersLine() {
        Feedback exited = RunFailureWording.didNotComplete(ended(new RunEnding.Exited(7, "asyncbasics/Run.java:4"), ""),
                LOCATOR);

        assertThat(exited.measured()).isEqualTo("your code ended the JVM with System.exit(7)");
        assertThat(exited.where()).isEqualTo("exercises/src/main/java/asyncbasics/Run.java:4");
    }

    @Test
    void aRunThatReturnedHasNoFailureToSay() {
        ChildRun returned = new ChildRun(MAIN, new RunEnding.Returned(0), List.of(), List.of(),
                Optional.of(new ChildEvent.Finished(ChildEvent.Finished.Outcome.RETURNED, List.of(), "", "", "", 1, 0, 0,
                        false)), "", 100_000_000L, Duration.ofSeconds(1));

        assertThatThrownBy(() -> RunFailureWording.didNotComplete(returned, LOCATOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompileErrorObstacleShowsTheFirstErrorAndHowManyMore() {
        Feedback feedback = RunFailureWording.obstacle(new Obstacle.CompileFailed(LessonTask.RUN, List.of(
                new Compilation.CompileError("exercises/src/main/java/asyncbasics/Run.java:23", "';' expected\n  x"),
                new Compilation.CompileError("exercises/src/main/java/asyncbasics/Run.java:30", "cannot find symbol"))),
                LOCATOR);

        assertThat(feedback.measured()).isEqualTo("compile error: ';' expected (and 1 more)");
        assertThat(feedback.where()).isEqualTo("exercises/src/main/java/asyncbasics/Run.java:23");
    }

    @Test
    void anEarlierTimeoutIsTheOnlyRunThatSkipsTheOthers() {
        ChildRun timedOut = ended(new RunEnding.TimedOut(Duration.ofSeconds(12)), "");

        assertThat(RunFailureWording.obstacle(new Obstacle.EarlierTimeout(LessonTask.RUN, timedOut), LOCATOR).measured())
                .isEqualTo("not run again: Run.main() already ran past its time limit");
        assertThatThrownBy(() -> new Obstacle.EarlierTimeout(LessonTask.RUN, ended(new RunEnding.Halted(1), "")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
