package org.lessons.grader.formats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;

import static org.assertj.core.api.Assertions.assertThat;

class GithubAnnotationsTests {

    @Test
    void eachFailureOnALearnersLineIsOneErrorCommandMostCostlyFirst() {
        List<String> commands = GithubAnnotations.of(FormatsFixture.graded());

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).startsWith("::error file=exercises/src/main/java/asyncbasics/Explain%2Cit.java,"
                + "line=7,title=11.1 explain%3A answers are right (0/5)::expected: the key");
        assertThat(commands.get(1)).startsWith("::error file=exercises/src/main/java/asyncbasics/Run.java,line=40,"
                + "title=1.2 run%3A totals measured (0/3)::expected: ~3 s%0Ameasured: ~6 s%0Awhere:");
    }

    @Test
    void theLearnersTextCannotEndTheCommandOrStartAnother() {
        String command = GithubAnnotations.of(FormatsFixture.graded()).get(0);

        assertThat(command).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b")
                .contains("%250A::warning::forged").contains("%0Asecond line, 100%25 done");
        assertThat(command.indexOf("::", 2)).isEqualTo(command.indexOf("::expected"));
    }

    @Test
    void atMostTenFailuresAreAnnotatedAndNeverAnUnjudgedOneOrOneWithoutALine() {
        List<CheckOutcome> checks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            checks.add(FormatsFixture.check("run", "c" + i, "check " + i, CheckOutcome.Status.FAILED, i,
                    new Feedback("a", "b", "asyncbasics/Run.java:" + i, "c")));
        }
        checks.add(FormatsFixture.check("run", "u", "unjudged", CheckOutcome.Status.INCONCLUSIVE, 99,
                new Feedback("a", "b", "asyncbasics/Run.java:99", "c")));
        checks.add(FormatsFixture.check("run", "n", "no line", CheckOutcome.Status.FAILED, 98,
                new Feedback("a", "b", "asyncbasics/Run.java", "c")));
        Grade grade = Grade.of("src", Duration.ZERO, 1, new Confinement(true, "sandbox"), checks, Duration.ZERO);

        List<String> commands = GithubAnnotations.of(new GradedSubmission(grade, Set.of("run"),
                FormatsFixture.GRADED_AT));

        assertThat(commands).hasSize(10);
        assertThat(commands.get(0)).contains("line=12,");
        assertThat(commands).noneMatch(c -> c.contains("line=1,") || c.contains("line=2,") || c.contains("line=99"));
    }
}
