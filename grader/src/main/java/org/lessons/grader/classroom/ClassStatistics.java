package org.lessons.grader.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessons.grader.lesson.LessonTask;

/**
 * What the class report shows about the class as a whole, computed from its rows.
 *
 * @param learners how many learners
 * @param errors how many could not be graded (they count as 0)
 * @param practice how many grades are practice grades (the code ran unsandboxed)
 * @param max the class's maximum score
 * @param histogram how many learners scored in each tenth of the maximum: 0 to 9 %, 10 to 19 %, ..., 90 to 100 %
 * @param passRates each check's pass rate over the graded learners, the lowest first
 * @param failures the most common failures, the most frequent first
 */
record ClassStatistics(int learners, int errors, int practice, int max, List<Integer> histogram,
                       List<PassRate> passRates, List<Failure> failures) {

    /** How many of the most common failures the report shows. */
    static final int FAILURES_SHOWN = 10;

    /** The longest failure message shown; a longer one is cut, with an ellipsis. */
    static final int MESSAGE_LENGTH = 300;

    ClassStatistics {
        histogram = List.copyOf(histogram);
        passRates = List.copyOf(passRates);
        failures = List.copyOf(failures);
    }

    /**
     * One check's pass rate.
     *
     * @param task the task id
     * @param check the check's id
     * @param name the check's name
     * @param passed how many graded learners passed it
     * @param graded how many graded learners it was graded for
     */
    record PassRate(String task, String check, String name, int passed, int graded) {
        int percent() {
            return graded == 0 ? 0 : Math.round(100f * passed / graded);
        }
    }

    /**
     * A failure that several learners share: the same measurement in one task (on one or more of its checks), or the
     * same reason why a learner could not be graded.
     *
     * @param where the task and the check's name (or how many checks), or "could not be graded"
     * @param message what was measured, or the error
     * @param count how many learners it happened to
     */
    record Failure(String where, String message, int count) {
    }

    static ClassStatistics of(List<LearnerRow> rows) {
        int max = GradesCsv.classMax(rows);
        List<Integer> histogram = new ArrayList<>(java.util.Collections.nCopies(10, 0));
        for (LearnerRow row : rows) {
            int bin = max == 0 ? 0 : Math.min(9, row.score() * 10 / max);
            histogram.set(bin, histogram.get(bin) + 1);
        }
        Map<String, PassRate> rates = new LinkedHashMap<>();
        Map<List<String>, Set<String>> learnersByFailure = new LinkedHashMap<>();
        Map<List<String>, Set<String>> checksByFailure = new LinkedHashMap<>();
        for (LearnerRow row : rows) {
            row.error().ifPresent(error -> learnersByFailure.computeIfAbsent(List.of("", cut(error)),
                    key -> new LinkedHashSet<>()).add(row.learner()));
            for (LearnerRow.CheckRow check : row.checks()) {
                String key = check.task() + "/" + check.id();
                PassRate before = rates.getOrDefault(key, new PassRate(check.task(), check.id(), check.name(), 0, 0));
                rates.put(key, new PassRate(check.task(), check.id(), check.name(),
                        before.passed() + (check.passed() ? 1 : 0), before.graded() + 1));
                if (!check.passed()) {
                    List<String> failure = List.of(check.task(), cut(check.measured()));
                    learnersByFailure.computeIfAbsent(failure, ignored -> new LinkedHashSet<>()).add(row.learner());
                    checksByFailure.computeIfAbsent(failure, ignored -> new LinkedHashSet<>()).add(check.name());
                }
            }
        }
        List<PassRate> passRates = rates.values().stream()
                .sorted(Comparator.comparingInt(PassRate::percent).thenComparing(rate -> taskOrder(rate.task())))
                .toList();
        List<Failure> common = learnersByFailure.entrySet().stream()
                .map(entry -> new Failure(where(entry.getKey().get(0), checksByFailure.getOrDefault(entry.getKey(),
                        Set.of())), entry.getKey().get(1), entry.getValue().size()))
                .sorted(Comparator.comparingInt(Failure::count).reversed())
                .limit(FAILURES_SHOWN).toList();
        int errors = (int) rows.stream().filter(row -> row.error().isPresent()).count();
        int practice = (int) rows.stream().filter(row -> row.error().isEmpty() && !row.sandboxed()).count();
        return new ClassStatistics(rows.size(), errors, practice, max, histogram, passRates, common);
    }

    private static String where(String task, Set<String> checks) {
        if (task.isEmpty()) {
            return "could not be graded";
        }
        return task + ": " + (checks.size() == 1 ? checks.iterator().next() : checks.size() + " checks");
    }

    private static int taskOrder(String task) {
        return LessonTask.byId(task).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static String cut(String message) {
        String line = message.strip();
        return line.length() > MESSAGE_LENGTH ? line.substring(0, MESSAGE_LENGTH) + "…" : line;
    }
}
