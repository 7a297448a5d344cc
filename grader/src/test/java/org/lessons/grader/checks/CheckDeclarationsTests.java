package org.lessons.grader.checks;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lessons.grader.lesson.LessonTask;

import static org.assertj.core.api.Assertions.assertThat;

/** Every grading check declares a stable id, unique in its task, for a task the lesson has. */
class CheckDeclarationsTests {

    private static final List<Graded> CHECKS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessons.grader.checks").stream()
            .map(JavaClass::reflect)
            .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
            .map(method -> method.getAnnotation(Graded.class))
            .filter(graded -> graded != null)
            .toList();

    @Test
    void everyTaskHasChecksAndEveryCheckNamesATaskOfTheLesson() {
        assertThat(CHECKS.stream().map(Graded::task).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(LessonTask.values()).map(LessonTask::id).toList());
    }

    @Test
    void checkIdsAreUniqueInTheirTaskAndWrittenAsOneWord() {
        Map<String, List<String>> idsByTask = CHECKS.stream().collect(Collectors.groupingBy(Graded::task,
                Collectors.mapping(Graded::id, Collectors.toList())));

        idsByTask.forEach((task, ids) -> assertThat(ids).as(task).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z0-9]*")));
    }
}
