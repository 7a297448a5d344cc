package org.lessons.grader.checks;

import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.lessons.kit.Job;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drawn task lists: repeatable from a seed, and always able to catch name sorting, completion order, typed-in names
 * and the original's typed-in totals.
 */
class DrawnListsTests {

    @Test
    void theSameSeedAndPurposeDrawTheSameList() {
        assertThat(DrawnLists.draw(4242, "run sections", 3)).isEqualTo(DrawnLists.draw(4242, "run sections", 3));
        assertThat(DrawnLists.draw(4242, "run sections", 3)).isNotEqualTo(DrawnLists.draw(4243, "run sections", 3));
    }

    @Test
    void everyDrawnListCatchesNameOrderCompletionOrderAndTheOriginalsNames() {
        LongStream.range(1, 500).forEach(seed -> {
            for (int count = 3; count <= 6; count++) {
                List<Job> jobs = DrawnLists.draw(seed, "any", count);
                List<Double> durations = jobs.stream().map(Job::seconds).sorted().toList();

                assertThat(jobs).hasSize(count);
                assertThat(jobs).extracting(Job::name).doesNotHaveDuplicates().isNotEqualTo(
                        jobs.stream().map(Job::name).sorted().toList()).noneMatch(name -> "ABCD".contains(name));
                assertThat(jobs).isNotEqualTo(jobs.stream().sorted(Comparator.comparingDouble(Job::seconds)).toList());
                assertThat(durations).doesNotHaveDuplicates().allMatch(s -> s >= 0.5 && s <= 6 && s * 2 == Math.rint(s * 2));
                assertThat(durations.get(count - 1) - durations.get(0)).isGreaterThanOrEqualTo(2);
                assertThat(durations.get(count - 1)).isGreaterThanOrEqualTo(4.5);
                assertThat(LongStream.range(1, count).anyMatch(i -> durations.get((int) i) - durations.get((int) i - 1) == 0.5))
                        .isTrue();
            }
        });
    }

    @Test
    void aListWithTheFailingTaskHasItOnceAndStillCatchesNameOrder() {
        LongStream.range(1, 300).forEach(seed -> {
            List<Job> jobs = DrawnLists.drawWith(seed, "fix-2 any list", 3, "B");

            assertThat(jobs).extracting(Job::name).containsOnlyOnce("B").doesNotHaveDuplicates();
            assertThat(DrawnLists.catches(jobs)).isTrue();
        });
    }
}
