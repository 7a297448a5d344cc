package org.lessons.grader.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

import static org.assertj.core.api.Assertions.assertThat;

/** The console report shows learner-made text as data: no control character of it reaches the terminal. */
class ConsoleReportTests {

    private static final String SPOOF = "\u001b[2J\u001b[HTOTAL: 20/20";

    @Test
    void escapeSequencesInFeedbackAndTimelinesAreShownEscaped() {
        Feedback feedback = new Feedback("\"Sequential total: ~6 seconds\"", "\"" + SPOOF + "\" was printed\r\b\u009b31m"
                + "\u001b]0;owned\u0007", "Run.java:3", "Print only the lesson's lines.");
        CheckOutcome failed = new CheckOutcome("run", "linesComeInTheOriginalOrder", "each section prints its lines",
                CheckOutcome.Status.FAILED, 4, Optional.of(feedback), Map.of());
        Grade grade = new Grade("solutions/src/main/java", Duration.ofMillis(100), 1, new Confinement(true, "bubblewrap"),
                List.of(new TaskGrade("run", "Run the program", List.of(failed))), Duration.ofSeconds(1));

        String report = print(grade, Map.of("run", List.of("  A\u001b[31m |[==]| 1.00 s")));

        assertThat(report).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\b").doesNotContain("\u0007")
                .doesNotContain("\u009b");
        assertThat(report).contains("\\e[2J\\e[HTOTAL: 20/20").contains("\\r\\b\\u009b31m\\e]0;owned\\u0007")
                .contains("A\\e[31m |[==]|");
        assertThat(report.lines().filter(line -> line.startsWith("TOTAL:")).toList())
                .singleElement().satisfies(line -> assertThat(line).startsWith("TOTAL: 0/4"));
    }

    @Test
    void feedbackThatRepeatsTheCheckAboveIsPrintedOnce() {
        Feedback stub = new Feedback("Run.main() to run", "it is still the stub", "Run.java:49", "Write the method.");
        Feedback other = new Feedback("Run.concurrent([X 6]) to run", "it is still the stub", "Run.java:49",
                "Write the method.");
        Grade grade = new Grade("exercises/src/main/java", Duration.ofMillis(100), 1, new Confinement(true, "bubblewrap"),
                List.of(new TaskGrade("run", "Run the program", List.of(failed("first", stub), failed("second", stub),
                        failed("third", other), failed("fourth", stub)))), Duration.ofSeconds(1));

        List<String> report = print(grade, Map.of()).lines().toList();

        assertThat(report.stream().filter(line -> line.contains("expected: Run.main() to run"))).hasSize(2);
        assertThat(report.stream().filter(line -> line.contains("expected: Run.concurrent([X 6]) to run"))).hasSize(1);
        assertThat(report.get(report.indexOf(report.stream().filter(line -> line.endsWith("second")).findFirst()
                .orElseThrow()) + 1)).isEqualTo(" ".repeat(16) + "(the same as the check above)");
        assertThat(report.stream().filter(line -> line.contains("(the same as the check above)"))).hasSize(1);
    }

    private static CheckOutcome failed(String name, Feedback feedback) {
        return new CheckOutcome("run", name, name, CheckOutcome.Status.FAILED, 1, Optional.of(feedback), Map.of());
    }

    @Test
    void plainTextIsPrintedAsItIs() {
        assertThat(Printable.line("  Task A done after 2 seconds (é, 中)")).isEqualTo("  Task A done after 2 seconds (é, 中)");
        assertThat(Printable.line("a\nb\tc\u2028")).isEqualTo("a\\nb\\tc\\u2028");
    }

    private static String print(Grade grade, Map<String, List<String>> timelines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(grade, timelines);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
