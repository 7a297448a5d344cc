package org.lessons.grader.lesson;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lessons.grader.checks.Graded;
import org.lessons.grader.checks.GradingFixture;

import static org.assertj.core.api.Assertions.assertThat;

class PointsTableTests {

    private static final List<Graded> CHECKS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessons.grader.checks").stream()
            .flatMap(type -> type.getMethods().stream())
            .filter(method -> method.isAnnotatedWith(Graded.class))
            .map(JavaMethod::reflect)
            .map(method -> method.getAnnotation(Graded.class))
            .toList();

    @Test
    void theWholeLessonIsWorthOneHundredPoints() {
        assertThat(CHECKS.stream().mapToInt(Graded::points).sum()).isEqualTo(100);
    }

    @Test
    void everyTaskHasChecksAndEveryCheckBelongsToATask() {
        Map<String, Integer> byTask = CHECKS.stream()
                .collect(Collectors.groupingBy(Graded::task, Collectors.summingInt(Graded::points)));

        assertThat(byTask.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(LessonTask.values()).map(LessonTask::id).toList());
        assertThat(CHECKS).allSatisfy(check -> assertThat(check.points()).isPositive());
    }

    @Test
    void everyTaskHasAStubAndAReferenceOfTheSameName() {
        assertThat(LessonTask.values()).allSatisfy(task -> {
            assertThat(GradingFixture.exercises().resolve(task.sourceFile())).isRegularFile();
            assertThat(GradingFixture.solutions().resolve(task.sourceFile())).isRegularFile();
        });
    }

    @Test
    void theLessonGuideListsEveryTask() throws Exception {
        String guide = Files.readString(GradingFixture.root().resolve("exercises/README.md"));

        assertThat(LessonTask.values()).allSatisfy(task -> assertThat(guide).contains("`" + task.id() + "`"));
    }
}
