package org.lessons.grader.lesson;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.lessons.grader.checks.Graded;
import org.lessons.grader.checks.GradingFixture;
import org.lessons.grader.scoring.CheckOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class PointsTableTests {


    /** The grading checks' methods. */
    private static final List<Method> METHODS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessons.grader.checks").stream()
            .flatMap(type -> type.getMethods().stream())
            .filter(method -> method.isAnnotatedWith(Graded.class))
            .map(JavaMethod::reflect)
            .toList();

    private static final List<Graded> CHECKS = METHODS.stream().map(method -> method.getAnnotation(Graded.class)).toList();

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
    void checkIdsAreUniqueInTheirTaskAndWrittenAsOneWord() {
        Map<String, List<String>> idsByTask = CHECKS.stream().collect(Collectors.groupingBy(Graded::task,
                Collectors.mapping(Graded::id, Collectors.toList())));

        idsByTask.forEach((task, ids) -> assertThat(ids).as(task).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z0-9]*")));
    }

    @Test
    void theGuidesPointsAreTheDeclaredOnes() throws Exception {
        String guide = Files.readString(GradingFixture.root().resolve("exercises/README.md"));
        Map<String, Integer> byTask = CHECKS.stream()
                .collect(Collectors.groupingBy(Graded::task, Collectors.summingInt(Graded::points)));

        for (LessonTask task : LessonTask.values()) {
            int points = byTask.get(task.id());
            assertThat(guide).as("the task table's row of " + task.id())
                    .contains("| `" + task.id() + "` | `" + task.className().substring(task.className().lastIndexOf('.') + 1)
                            + "` | " + points + " |");
            Matcher heading = Pattern.compile("(?m)^### " + Pattern.quote(task.id()) + " — .*?(\\d+) points").matcher(guide);
            assertThat(heading.find()).as("a section for " + task.id()).isTrue();
            assertThat(Integer.parseInt(heading.group(1))).as("the points in " + task.id() + "'s heading").isEqualTo(points);
            Matcher row = Pattern.compile("(?m)^\\| `([a-z][A-Za-z0-9]*)` \\| (\\d+) \\|").matcher(section(guide, task));
            while (row.find()) {
                String id = row.group(1);
                int rowPoints = Integer.parseInt(row.group(2));
                assertThat(CHECKS).as("%s's check %s worth %d, as the guide says", task.id(), id, rowPoints)
                        .anyMatch(check -> check.task().equals(task.id()) && check.id().equals(id)
                                && check.points() == rowPoints);
            }
        }
    }

    @Test
    void theGuidesCheckRowsComeInTheOrderTheReportShowsThem() throws Exception {
        String guide = Files.readString(GradingFixture.root().resolve("exercises/README.md"));

        for (LessonTask task : LessonTask.values()) {
            List<String> rows = new ArrayList<>();
            Matcher row = Pattern.compile("(?m)^\\| `([a-z][A-Za-z0-9]*)` \\| \\d+ \\|").matcher(section(guide, task));
            while (row.find()) {
                rows.add(row.group(1));
            }
            List<String> declared = METHODS.stream().filter(method -> method.getAnnotation(Graded.class).task().equals(task.id()))
                    .sorted(Comparator.comparingInt(PointsTableTests::order))
                    .map(method -> method.getAnnotation(Graded.class).id()).filter(rows::contains).toList();
            assertThat(rows).as(task.id() + "'s rows in the guide").isEqualTo(declared);
        }
    }

    @Test
    void theReportListsATasksChecksInTheirDeclaredOrder() {
        List<String> reported = GradingFixture.outcomes(GradingFixture.grade(GradingFixture.exercises(), "run")).stream()
                .map(CheckOutcome::id).toList();

        assertThat(reported).isEqualTo(METHODS.stream()
                .filter(method -> method.getAnnotation(Graded.class).task().equals("run"))
                .sorted(Comparator.comparingInt(PointsTableTests::order))
                .map(method -> method.getAnnotation(Graded.class).id()).toList());
        assertThat(reported.get(0)).isEqualTo("linesComeInTheOriginalOrder");
    }

    private static int order(Method method) {
        Order order = method.getAnnotation(Order.class);
        return order == null ? Integer.MAX_VALUE : order.value();
    }

    /** The guide's section of {@code task}: from its heading to the next. */
    private static String section(String guide, LessonTask task) {
        int start = guide.indexOf("\n### " + task.id() + " — ");
        int end = guide.indexOf("\n### ", start + 1);
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    @Test
    void theLessonGuideListsEveryTask() throws Exception {
        String guide = Files.readString(GradingFixture.root().resolve("exercises/README.md"));

        assertThat(LessonTask.values()).allSatisfy(task -> assertThat(guide).contains("`" + task.id() + "`"));
    }
}
