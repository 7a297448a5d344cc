package org.lessons.grader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lessons.grader.checks.GradingFixture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The grader's own architecture, checked by its own rules. */
class GraderArchitectureTests {

    private static final JavaClasses GRADER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessons.grader");

    private static final ArchRule THE_HARNESS_DEPENDS_ONLY_ON_WHAT_THE_CHILD_JVM_HAS = noClasses()
            .that().resideInAPackage("..grader.harness..")
            .should().dependOnClassesThat().resideInAnyPackage("..grader.checks..", "..grader.launching..",
                    "..grader.report..", "..grader.cli..", "..grader.scoring..", "..grader.submission..",
                    "..grader.isolation..", "..grader.rules..", "..grader.feedback..", "org.junit..", "com.tngtech..",
                    "picocli..")
            .because("the harness runs inside the learner's child JVM, next to untrusted code");

    private static final ArchRule ONLY_OUTPUT_CAPTURE_REPLACES_THE_STANDARD_STREAMS = noClasses()
            .that().doNotHaveFullyQualifiedName("org.lessons.grader.harness.OutputCapture")
            .should().callMethod(System.class, "setOut", java.io.PrintStream.class)
            .orShould().callMethod(System.class, "setErr", java.io.PrintStream.class)
            .orShould().callMethod(System.class, "setIn", java.io.InputStream.class)
            .because("one class owns output capture, so that nothing swaps System.out without restoring it");

    private static final ArchRule CHECKS_DO_NOT_PRINT = noClasses()
            .that().resideOutsideOfPackages("..grader.cli..", "..grader.report..", "..grader.harness..")
            .and().doNotHaveFullyQualifiedName("org.lessons.grader.classroom.GradeClassCommand")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the report and the command lines (grade, grade-class) are the only places that talk to the console");

    private static final ArchRule LEARNER_CODE_IS_NEVER_LOADED_IN_THE_GRADER = noClasses()
            .that().resideOutsideOfPackage("..grader.harness..")
            .should().callMethod(Class.class, "forName", String.class)
            .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
            .because("learner code runs only in child JVMs, never in the JVM that computes the grade");

    private static final ArchRule FEATURE_PACKAGES_DO_NOT_REACH_BACK_INTO_THE_LAUNCHER = noClasses()
            .that().resideOutsideOfPackages("..grader.cli..", "..grader.launching..", "org.lessons.grader")
            .should().dependOnClassesThat().resideInAnyPackage("..grader.cli..", "..grader.launching..")
            .because("the launcher and the command line sit on top; features below do not know them");

    private static final ArchRule THE_RESULT_FORMATS_AND_REPORTS_DO_NOT_READ_THE_ENVIRONMENT = noClasses()
            .that().resideInAnyPackage("..grader.formats..", "..grader.report..", "..grader.scoring..")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class)
            .because("the command line reads what the platform passes (CLASSROOM, GITHUB_ACTIONS, ...) once and hands "
                    + "it down as a CourseEnvironment, so that every format can be tested with any environment");

    private static final ArchRule ONLY_ISOLATION_READS_A_CHILDS_RAW_STANDARD_ERROR = noClasses()
            .that().resideOutsideOfPackage("..grader.isolation..")
            .should().callMethod(org.lessons.grader.isolation.ChildRun.class, "stderrTail")
            .because("how a run ended is decided once, where the facts are known (isolation.RunEndings), into a typed "
                    + "RunEnding; wording and checks switch on that type and never search the JVM's own text");

    private static final ArchRule WHAT_HAPPENED_IS_FOUND_APART_FROM_HOW_IT_IS_SAID = noClasses()
            .that().resideInAnyPackage("..grader.submission..", "..grader.isolation..", "..grader.observe..",
                    "..grader.harness..")
            .should().dependOnClassesThat().resideInAPackage("..grader.feedback..")
            .because("they find what happened (an obstacle to running a task, how a run ended) as typed values; "
                    + "feedback/ alone says it to the learner");

    private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.lessons.grader.(*)..")
            .should().beFreeOfCycles()
            .because("each feature package builds on those below it, so that it can be read, tested and changed alone");

    @Test
    void noFeaturePackageDependsOnItselfThroughOthers() {
        NO_PACKAGE_CYCLES.check(GRADER);
    }

    @Test
    void noSourceFileIsOverThreeHundredLines() throws IOException {
        Path sources = GradingFixture.root().resolve("grader/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > 300)
                    .map(file -> sources.relativize(file) + " (" + lines(file) + " lines)")
                    .toList();
            assertThat(tooLong).as("small classes with one job").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theResultFormatsAndReportsDoNotReadTheEnvironment() {
        THE_RESULT_FORMATS_AND_REPORTS_DO_NOT_READ_THE_ENVIRONMENT.check(GRADER);
    }

    @Test
    void theHarnessDependsOnlyOnWhatTheChildJvmHas() {
        THE_HARNESS_DEPENDS_ONLY_ON_WHAT_THE_CHILD_JVM_HAS.check(GRADER);
    }

    @Test
    void onlyOutputCaptureReplacesTheStandardStreams() {
        ONLY_OUTPUT_CAPTURE_REPLACES_THE_STANDARD_STREAMS.check(GRADER);
    }

    @Test
    void checksAndScoringDoNotPrint() {
        CHECKS_DO_NOT_PRINT.check(GRADER);
    }

    @Test
    void learnerCodeIsNeverLoadedInTheGrader() {
        LEARNER_CODE_IS_NEVER_LOADED_IN_THE_GRADER.check(GRADER);
    }

    @Test
    void onlyIsolationReadsAChildsRawStandardError() {
        ONLY_ISOLATION_READS_A_CHILDS_RAW_STANDARD_ERROR.check(GRADER);
    }

    @Test
    void whatHappenedIsFoundApartFromHowItIsSaid() {
        WHAT_HAPPENED_IS_FOUND_APART_FROM_HOW_IT_IS_SAID.check(GRADER);
    }

    @Test
    void featurePackagesDoNotReachBackIntoTheLauncher() {
        FEATURE_PACKAGES_DO_NOT_REACH_BACK_INTO_THE_LAUNCHER.check(GRADER);
    }
}
