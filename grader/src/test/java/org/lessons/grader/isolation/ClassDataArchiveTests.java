package org.lessons.grader.isolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.grader.phases.Ticker;
import org.lessons.kit.Job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class ClassDataArchiveTests {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Scenario REFERENCE = new Scenario("", "", Scenario.Call.REFERENCE,
            List.of(new Job("A", 0.2), new Job("B", 0.1)), List.of());
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path directory;
    private final PhaseClock clock = new PhaseClock(Ticker.system());

    private ChildJvm jvm(Optional<Path> cache) {
        return ChildJvm.forThisJvm(Duration.ofMillis(100), directory.resolve("work"), clock, Bubblewrap.detect(), cache);
    }

    private Path learnerClasses() throws Exception {
        return Files.createDirectories(directory.resolve("learner"));
    }

    private static List<String> printed(ChildRun run) {
        return run.out().stream().map(ChildEvent.Line::text).toList();
    }

    /** A stand-in for the harness's classes, for archives whose training is only pretended. */
    private List<Path> harnessClasspath() throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Files.writeString(classes.resolve("Harness.class"), "bytes");
        return List.of(classes);
    }

    private List<Path> archives(Path cache) throws Exception {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void childrenOfOneBuildShareOneArchiveMadeOnceAndRunAsWithout() throws Exception {
        Path cache = directory.resolve("cache");
        ChildRun without = jvm(Optional.empty()).run(REFERENCE, learnerClasses(), LIMIT);

        ChildJvm shared = jvm(Optional.of(cache));
        ChildRun first = shared.run(REFERENCE, learnerClasses(), LIMIT);
        ChildRun second = shared.run(REFERENCE, learnerClasses(), LIMIT);

        assertThat(List.of(without, first, second)).allSatisfy(run -> {
            assertThat(run.ending()).isInstanceOf(RunEnding.Returned.class);
            assertThat(run.returned()).isTrue();
            assertThat(printed(run)).isEqualTo(printed(without));
            assertThat(run.stderrTail()).isEmpty();
        });
        assertThat(archives(cache)).hasSize(1);
        assertThat(clock.spent().get(Phase.CLASS_ARCHIVE).count()).isEqualTo(1);
        assertThat(clock.spent().get(Phase.CHILD_START).count()).isEqualTo(3);
    }

    @Test
    void aLaterGradingOfTheSameBuildFindsTheArchiveInsteadOfMakingAnother() throws Exception {
        Path cache = directory.resolve("cache");
        jvm(Optional.of(cache)).run(REFERENCE, learnerClasses(), LIMIT);
        Path archive = archives(cache).get(0);
        long made = Files.getLastModifiedTime(archive).toMillis();

        ChildRun later = jvm(Optional.of(cache)).run(REFERENCE, learnerClasses(), LIMIT);

        assertThat(later.returned()).isTrue();
        assertThat(archives(cache)).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(made);
    }

    @Test
    void anArchiveTheJvmCannotMapIsSkippedWithoutAWordInTheChildsOutput() throws Exception {
        Path cache = directory.resolve("cache");
        ChildRun clean = jvm(Optional.of(cache)).run(REFERENCE, learnerClasses(), LIMIT);
        Path archive = archives(cache).get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]);

        ChildRun run = jvm(Optional.of(cache)).run(REFERENCE, learnerClasses(), LIMIT);

        assertThat(run.ending()).isInstanceOf(RunEnding.Returned.class);
        assertThat(printed(run)).isEqualTo(printed(clean));
        assertThat(run.err()).isEmpty();
        assertThat(run.stderrTail()).isEmpty();
    }

    @Test
    void aFailedTrainingRunLeavesChildrenOnThePlainClasspathAndIsTriedAgainNextTime() throws Exception {
        Path cache = directory.resolve("cache");
        List<Path> classpath = harnessClasspath();
        ClassDataArchive archive = new ClassDataArchive(JAVA, List.of(), classpath, cache, clock);

        ChildLaunch launch = archive.launch((training, limit) -> false);

        assertThat(launch).isEqualTo(ChildLaunch.plain(classpath));
        java.util.concurrent.atomic.AtomicInteger trainings = new java.util.concurrent.atomic.AtomicInteger();
        ChildLaunch retried = new ClassDataArchive(JAVA, List.of(), classpath, cache, clock)
                .launch((training, limit) -> trainings.incrementAndGet() < 0);
        assertThat(retried).isEqualTo(ChildLaunch.plain(classpath));
        assertThat(trainings).hasValue(1);
    }

    @Test
    void aJdkThatMakesNoArchiveIsRememberedSoTheNextGradingDoesNotTryAgain() throws Exception {
        Path cache = directory.resolve("cache");
        List<Path> classpath = harnessClasspath();

        ChildLaunch launch = new ClassDataArchive(JAVA, List.of(), classpath, cache, clock)
                .launch((training, limit) -> true);
        ChildLaunch next = new ClassDataArchive(JAVA, List.of(), classpath, cache, clock)
                .launch((training, limit) -> fail("trained again"));

        assertThat(launch).isEqualTo(ChildLaunch.plain(classpath));
        assertThat(next).isEqualTo(ChildLaunch.plain(classpath));
    }

    @Test
    void anUnwritableCacheLeavesChildrenOnThePlainClasspath() throws Exception {
        Path cache = Files.writeString(directory.resolve("not-a-directory"), "");
        List<Path> classpath = harnessClasspath();

        ChildLaunch launch = new ClassDataArchive(JAVA, List.of(), classpath, cache, clock)
                .launch((training, limit) -> fail("trained without a cache"));

        assertThat(launch).isEqualTo(ChildLaunch.plain(classpath));
    }
}
