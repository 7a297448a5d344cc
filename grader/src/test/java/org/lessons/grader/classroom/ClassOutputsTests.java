package org.lessons.grader.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassOutputsTests {

    private static LearnerRow graded(String learner, int score, boolean passed) {
        return new LearnerRow(learner, score, 10, true, Map.of("run", score),
                List.of(new LearnerRow.CheckRow("run", "lineOrder", "lines in order", passed, passed ? "" : "B before A")),
                Optional.empty(), false);
    }

    @Test
    void aLearnersTextIsQuotedAndNeverReadAsAFormula() {
        String csv = GradesCsv.render(List.of(graded("=HYPERLINK(\"x\")", 10, true),
                LearnerRow.failed("bob, jr", "bad \"zip\"\nsecond line")));

        assertThat(csv).isEqualTo("""
                learner,score,max,sandboxed,run,error
                "'=HYPERLINK(""x"")",10,10,true,10,
                "bob, jr",0,10,false,,"bad ""zip""
                second line"
                """);
    }

    @Test
    void theHardestCheckComesFirstAndTheSameFailureIsCountedOncePerLearner() {
        ClassStatistics stats = ClassStatistics.of(List.of(graded("a", 0, false), graded("b", 0, false),
                graded("c", 10, true)));

        assertThat(stats.passRates()).singleElement().satisfies(rate -> {
            assertThat(rate.passed()).isEqualTo(1);
            assertThat(rate.graded()).isEqualTo(3);
        });
        assertThat(stats.failures()).containsExactly(new ClassStatistics.Failure("run: lines in order", "B before A", 2));
        assertThat(stats.histogram()).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void everySharesLearnersTogetherAreTheClassOnce() {
        List<Learner> learners = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new Learner("l" + i, java.nio.file.Path.of("l" + i), Learner.Kind.DIRECTORY)).toList();

        List<Learner> joined = new java.util.ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            joined.addAll(new Shard(k, 3).of(learners));
        }

        assertThat(joined).containsExactlyInAnyOrderElementsOf(learners);
        assertThat(Shard.parse("2/3").of(learners)).extracting(Learner::id).containsExactly("l1", "l4");
    }

    @Test
    void escapingLeavesNoMarkupAndNoCharacterXmlForbids() {
        assertThat(ClassReport.escape("<a href='x'>&\u0001</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;\uFFFD&lt;/a&gt;");
    }
}
